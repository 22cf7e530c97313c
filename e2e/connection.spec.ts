import { expect, test } from '@playwright/test';

test('an admin connects the built-in sandbox in one click, tests it and disconnects it', async ({ page }) => {
  await page.goto('/connection');
  await expect(page.getByRole('heading', { name: 'Connection', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();

  await expect(page).toHaveURL(/\/connection\?connected=/);
  await expect(page.getByText('Connected Fieldmap Sandbox Inc. (sandbox)')).toBeVisible();
  const card = page
    .getByRole('region', { name: 'Connected orgs' })
    .getByLabel('Fieldmap Sandbox Inc. (sandbox)');
  await expect(card.getByText('Built-in sandbox (Zoho CRM simulator)')).toBeVisible();
  await expect(card.getByText('patricia.boyle@sandbox.example.com')).toBeVisible();
  // No token or secret reaches the page.
  expect(await page.content()).not.toMatch(/1000\.[0-9a-f]{8}|simulator-secret/);

  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    card.getByText('Connected to Fieldmap Sandbox Inc. as patricia.boyle@sandbox.example.com.'),
  ).toBeVisible();
  await card.getByText('Modules and fields').click();
  const fields = card.getByRole('table');
  await expect(fields.getByRole('row', { name: /Last Name\s+Last_Name\s+text/ })).toContainText('Mandatory');
  await expect(fields.getByRole('row', { name: /Email\s+Email\s+email/ })).toContainText('Unique');
  await card.getByLabel('Module').selectOption('Contacts');
  await expect(
    fields.getByRole('row', { name: /Account Name\s+Account_Name\s+lookup → Accounts/ }),
  ).toBeVisible();
  await expect(card.getByText(/Fields fetched (just now|1 minute ago)/)).toBeVisible();
  await page.screenshot({ path: 'test-results/connection.png', fullPage: true });

  page.once('dialog', (dialog) => dialog.accept());
  await card.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByText('Nothing is connected yet.')).toBeVisible();
});

test('a self-client with a wrong secret gets Zoho’s reason and what to do', async ({ page }) => {
  await page.goto('/connection');
  const form = page.getByRole('form', { name: 'Connect a self-client' });
  await form.getByLabel('Data centre').selectOption('sim');
  await form.getByLabel('Client id').fill('1000.SIMULATOR');
  await form.getByLabel('Client secret').fill('not-the-secret');
  await form.getByLabel('…or refresh token').fill('1000.simulator.refresh');
  await form.getByRole('button', { name: 'Connect self-client' }).click();
  await expect(form.getByRole('alert')).toContainText('invalid_client_secret');
});
