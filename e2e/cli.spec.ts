import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIM_OWNER_ID = '5725767000000225013';
const TEMPLATE = 'CLI leads';
// Record 3 has no Last Name: the template ignores empty values, so Zoho skips it: the CLI exits 2 and its failed-rows file holds it.
const CSV = `Last Name,Company,Email
Hopper,Navy Labs,cli-e2e-1@example.com
Lovelace,Analytical Engines,cli-e2e-2@example.com
,Nameless Ltd,cli-e2e-3@example.com
`;

type Run = { code: number | null; stdout: string; stderr: string };

/** The real bin, as a script would run it: piped output, the token and URL from the environment. */
function fieldmap(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/fieldmap.mjs', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => {
      stdout += data;
    });
    child.stderr.on('data', (data) => {
      stderr += data;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function createToken(page: Page): Promise<string> {
  await page.goto('/settings/api-tokens');
  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByLabel('Name').fill('CLI on the build server');
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByLabel('New API token');
  await expect(secret).toHaveValue(/^fmt_/);
  return secret.inputValue();
}

test('a token made in the UI drives the CLI: import with a template, wait, exit code, failed rows', async ({
  page,
  baseURL,
  sandbox: _connected,
}) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const saved = await page.request.post('/api/mapping-templates', {
    headers: { origin },
    data: {
      name: TEMPLATE,
      module: 'Leads',
      operation: 'insert',
      body: {
        headers: ['Last Name', 'Company', 'Email'],
        byHeader: {
          'Last Name': { kind: 'matched', apiName: 'Last_Name' },
          Company: { kind: 'matched', apiName: 'Company' },
          Email: { kind: 'matched', apiName: 'Email' },
        },
        fieldDefaults: { Owner: SIM_OWNER_ID },
        ignoreEmpty: true,
      },
    },
  });
  expect(saved.status(), await saved.text()).toBe(201);

  const token = await createToken(page);
  await page.screenshot({ path: 'test-results/api-token-created.png', fullPage: true });
  const env = { FIELDMAP_URL: origin, FIELDMAP_TOKEN: token };
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-cli-'));
  const file = path.join(dir, 'cli-leads.csv');
  writeFileSync(file, CSV);

  await page.goto('/imports');
  const imported = await fieldmap(['import', file, '--template', TEMPLATE, '--wait'], env);
  expect(imported.stderr).toContain('cli-leads.csv: completed (2 added, 0 updated, 1 skipped, 0 failed');
  expect(imported.code, imported.stderr).toBe(2);
  const id = /Import ([0-9a-f-]{36}) started/.exec(imported.stdout)?.[1] ?? '';
  // The imports list picks up a job started elsewhere without a reload.
  await expect(page.getByRole('link', { name: 'cli-leads.csv' })).toBeVisible({ timeout: 20_000 });

  const failedRows = path.join(dir, 'failed.csv');
  const rows = await fieldmap(['rows', id, '--failed', '--out', failedRows], env);
  expect(rows.code, rows.stderr).toBe(0);
  const failed = readFileSync(failedRows, 'utf8');
  expect(failed).toContain('cli-e2e-3@example.com');
  expect(failed).not.toContain('cli-e2e-1@example.com');

  const status = await fieldmap(['--json', 'status', id], env);
  expect(status.code).toBe(2);
  expect(JSON.parse(status.stdout)).toMatchObject({
    id,
    status: 'completed',
    counts: { added: 2, skipped: 1 },
  });

  await page.goto(`/imports/${id}`);
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/cli-import-in-browser.png', fullPage: true });

  const drifted = path.join(dir, 'drifted.csv');
  writeFileSync(drifted, 'Surname,Company,Email\nHopper,Navy Labs,x@example.com\n');
  const refused = await fieldmap(['import', drifted, '--template', TEMPLATE], env);
  expect(refused.code).toBe(3);
  expect(refused.stderr).toMatch(/does not match the template "CLI leads": missing column Last Name/);

  const offline = await fieldmap(['status', id], { ...env, FIELDMAP_URL: 'http://127.0.0.1:9' });
  expect(offline.code).toBe(1);
  expect(offline.stderr.trim().split('\n')).toHaveLength(1);
  expect(offline.stderr).toContain('Cannot reach Fieldmap at http://127.0.0.1:9');

  await page.goto('/settings/api-tokens');
  const row = page.getByRole('row').filter({ hasText: 'CLI on the build server' });
  await expect(row).not.toContainText('Never');
});
