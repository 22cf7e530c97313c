import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SANDBOX = 'Fieldmap Sandbox Inc. (sandbox)';

function staticFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? staticFiles(file) : [file];
  });
}

async function connectSandbox(page: Page) {
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
  return page.getByRole('region', { name: 'Connected orgs' }).getByLabel(SANDBOX, { exact: true });
}

test('an admin connects the built-in sandbox in one click, browses its metadata, tests it and disconnects it', async ({
  page,
  request,
  sim,
}) => {
  const card = await connectSandbox(page);
  await expect(page.getByText(`Connected ${SANDBOX}`)).toBeVisible();
  await expect(card.getByText('Built-in sandbox (Zoho CRM simulator)')).toBeVisible();
  await expect(card.getByText('patricia.boyle@sandbox.example.com')).toBeVisible();

  await card.getByText('Modules and fields').click();
  const fields = card.getByRole('table');
  await expect(fields.getByRole('row', { name: /Last Name\s+Last_Name\s+text/ })).toContainText('Mandatory');
  await expect(fields.getByRole('row', { name: /Email\s+Email\s+email/ })).toContainText('Unique');
  await card.getByLabel('Module').selectOption('Contacts');
  await expect(
    fields.getByRole('row', { name: /Account Name\s+Account_Name\s+lookup → Accounts/ }),
  ).toBeVisible();
  await expect(card.getByText(/Fields fetched (just now|1 minute ago)/)).toBeVisible();

  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    card.getByText('Connected to Fieldmap Sandbox Inc. as patricia.boyle@sandbox.example.com.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/connection.png', fullPage: true });

  // No token the simulator issued reaches the browser: not the page, not the API, not the built client bundle.
  const tokens = await sim.issuedTokens();
  expect(tokens.length).toBeGreaterThan(1);
  const apiBody = await (await request.get('/api/connections')).text();
  const bundle = staticFiles('.next/static').map((file) => readFileSync(file, 'utf8'));
  for (const token of [...tokens, 'simulator-secret']) {
    expect(await page.content()).not.toContain(token);
    expect(apiBody).not.toContain(token);
    expect(bundle.some((text) => text.includes(token))).toBe(false);
  }

  page.once('dialog', (dialog) => dialog.accept());
  await card.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByText('Nothing is connected yet.')).toBeVisible();
});

test('a self-client connection sits beside the OAuth one; a wrong secret gets Zoho’s reason', async ({
  page,
}) => {
  await connectSandbox(page);
  const form = page.getByRole('form', { name: 'Connect a self-client' });
  await form.getByLabel('Data centre').selectOption('sim');
  await form.getByLabel('Client id').fill('1000.SIMULATOR');
  await form.getByLabel('Client secret').fill('not-the-secret');
  await form.getByLabel('…or refresh token').fill('1000.simulator.refresh');
  await form.getByRole('button', { name: 'Connect self-client' }).click();
  await expect(form.getByRole('alert')).toContainText('invalid_client_secret');

  await form.getByLabel('Client secret').fill('simulator-secret');
  await form.getByRole('button', { name: 'Connect self-client' }).click();
  const orgs = page.getByRole('region', { name: 'Connected orgs' });
  await expect(
    orgs.getByLabel('Fieldmap Sandbox Inc. (sandbox) (self-client)', { exact: true }),
  ).toContainText('Connected');
  await expect(orgs.getByLabel(SANDBOX, { exact: true })).toBeVisible();
});
