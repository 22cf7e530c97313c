import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const CSV = [
  'Last Name,First Name,Email,Company,Lead Owner',
  'Lovelace,Ada,ada.run@example.com,Analytical Engines,patricia.boyle@sandbox.example.com',
  ',Grace,grace.run@example.com,=HYPERLINK("http://evil.example"),patricia.boyle@sandbox.example.com',
  'Turing,Alan,alan.run@example.com,Bletchley,patricia.boyle@sandbox.example.com',
  'Liskov,Barbara,barbara.run@example.com,MIT,patricia.boyle@sandbox.example.com',
].join('\n');

test('drop, map, run, watch it complete, and download the rows that did not make it', async ({ page }) => {
  await page.goto('/connection');
  await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
  await expect(page).toHaveURL(/\/connection\?connected=/);
  await page.goto('/imports/new');
  await page
    .getByLabel('Choose a CSV file')
    .setInputFiles({ name: 'run-leads.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');

  const run = page.getByRole('region', { name: 'Run the import' });
  await expect(run).toContainText('4 rows go to Zoho as about 1 bulk write job');
  await expect(run).toContainText('500 API credits');
  await run.getByLabel('Import name').fill('E2E leads run');
  await run.getByRole('button', { name: 'Start import' }).click();

  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'E2E leads run', level: 1 })).toBeVisible();
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/4\s+of\s+4\s+rows done/)).toBeVisible();
  const notInCrm = page.getByRole('region', { name: /Rows not in the CRM/ });
  await expect(notInCrm).toContainText('Grace');
  await expect(notInCrm).toContainText('A required field was empty');
  // Errors name the field as the admin knows it, not by its API name.
  const why = page.getByRole('region', { name: 'Why rows did not go in' });
  await expect(why.getByRole('cell', { name: 'Last Name', exact: true })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download rows not in the CRM (1)' }).click(),
  ]);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text).toContain('Grace,grace.run@example.com');
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(text).toContain('MANDATORY_NOT_FOUND');
  expect(text).not.toContain('Lovelace');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Jobs', exact: true })
    .click();
  const row = page.getByRole('row', { name: /E2E leads run/ });
  await expect(row).toContainText('Leads');
  await expect(row).toContainText('Completed');
});
