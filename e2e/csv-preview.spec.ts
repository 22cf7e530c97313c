import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const FIXTURES = path.join(__dirname, 'fixtures', 'csv');
const BIG_FILE_RECORDS = 600_000;
let bigDir = '';
let bigFile = '';

// ~100 MB of CRM-like rows with accents, quoted commas and line breaks, written fresh for each run.
async function writeBigCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('Id,First Name,Last Name,Email,City,Amount,Created,Notes\n');
  for (let i = 1; i <= BIG_FILE_RECORDS; i++) {
    const line = `${i},Zoë ${i},Müller-Łukasz,person${i}@example.com,"São Paulo, BR",${(i % 997) * 1.25},2024-0${(i % 9) + 1}-1${i % 10},"Note ${i}: ""quoted"" text that runs on for a while to make the file realistically wide"\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function openNewImport(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/imports/new');
  await page.getByLabel('Choose a CSV file').setInputFiles(file);
}

test.beforeAll(async () => {
  bigDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-csv-'));
  bigFile = path.join(bigDir, 'big-contacts.csv');
  await writeBigCsv(bigFile);
});

test.afterAll(() => rmSync(bigDir, { recursive: true, force: true }));

test('Imports → New import opens the drop zone', async ({ page }) => {
  await page.goto('/imports');
  await page.getByRole('link', { name: 'New import', exact: true }).click();
  await expect(page).toHaveURL(/\/imports\/new$/);
  await expect(page.getByText('Drop a CSV file or an Excel workbook here')).toBeVisible();
});

test('a dropped CSV shows its rows with the file’s record numbers, problems and column profiles', async ({
  page,
}) => {
  await openNewImport(page, path.join(FIXTURES, 'contacts.csv'));
  const grid = page.getByRole('table', { name: 'CSV preview' });
  await expect(grid.getByRole('button', { name: 'Lovelace' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Email (column 3)' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Column 5' })).toBeVisible();
  // Record 4 spans two lines, so Edsger is record 5 although he sits on line 6.
  const recordFive = grid.getByRole('row').filter({
    has: page.getByRole('button', { name: 'Use record 5 as the header row' }),
  });
  await expect(recordFive).toContainText('Edsger');
  await expect(grid.getByText('=HYPERLINK("http://evil.example","click")', { exact: true })).toBeVisible();
  await expect(page.getByText('Scan complete')).toBeVisible();

  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('Duplicate headers renamed: Email (column 3), Email (column 4)');
  await expect(problems).toContainText('Empty headers named: Column 5');
  await expect(problems.getByRole('listitem').filter({ hasText: 'more fields' })).toContainText('record 6');
  await expect(problems.getByRole('listitem').filter({ hasText: 'fewer fields' })).toContainText('record 5');

  const signedUp = page.getByRole('article', { name: 'Column Signed Up' });
  await expect(signedUp).toContainText('Date');
  await expect(signedUp).toContainText('yyyy-MM-dd');
  await expect(page.getByRole('article', { name: 'Column Email (column 3)' })).toContainText('Email');
  await expect(page.getByRole('article', { name: 'Column Phone' })).toContainText('Phone');

  await grid.getByRole('button', { name: /^Wrote the first program/ }).click();
  await expect(page.getByRole('region', { name: 'Cell value' })).toContainText(
    'Wrote the first program, famously',
  );

  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByRole('table', { name: 'CSV preview' })).toBeHidden();
});

test('a semicolon Windows-1252 file is detected; delimiter, header row and no-header overrides re-parse', async ({
  page,
}) => {
  await openNewImport(page, path.join(FIXTURES, 'kontakte-windows-1252.csv'));
  await expect(page.getByLabel('Delimiter')).toHaveValue(';');
  await expect(page.getByLabel('Encoding')).toHaveValue('windows-1252');
  const grid = page.getByRole('table', { name: 'CSV preview' });
  await expect(grid.getByRole('button', { name: 'Müller' })).toBeVisible();
  await expect(grid.getByRole('button', { name: 'Genève' })).toBeVisible();
  await expect(page.getByText('No problems found in this file.')).toBeVisible();

  await page.getByLabel('Encoding').selectOption('utf-8');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
    'Records with bytes that are not valid utf-8',
  );

  await page.getByLabel('Encoding').selectOption('windows-1252');
  await page.getByLabel('Delimiter').selectOption(',');
  await expect(
    grid.getByRole('columnheader', { name: 'Vorname;Nachname;E-Mail;Stadt;Umsatz;Geburtstag' }),
  ).toBeVisible();

  await page.getByLabel('Delimiter').selectOption(';');
  await page.getByLabel('Header row', { exact: true }).fill('2');
  await page.getByLabel('Header row', { exact: true }).press('Enter');
  await expect(grid.getByRole('columnheader', { name: 'Jürgen' })).toBeVisible();

  await page.getByLabel('Header row', { exact: true }).fill('99');
  await page.getByLabel('Header row', { exact: true }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'No rows from row 99 on' })).toBeVisible();
  await page.getByLabel('Header row', { exact: true }).fill('2');
  await page.getByLabel('Header row', { exact: true }).press('Enter');
  await expect(grid.getByRole('columnheader', { name: 'Jürgen' })).toBeVisible();

  await grid.getByRole('button', { name: 'Use record 4 as the header row' }).click();
  await expect(grid.getByRole('columnheader', { name: 'François' })).toBeVisible();
  await expect(page.getByLabel('Header row', { exact: true })).toHaveValue('4');

  await page.getByLabel('File has no header').check();
  await expect(grid.getByRole('columnheader', { name: 'Column 1' })).toBeVisible();
  await expect(grid.getByRole('button', { name: 'François' })).toBeVisible();
  await expect(grid.getByRole('button', { name: 'Jürgen' })).toBeHidden();
});

test('files that are not CSVs get a clear message', async ({ page }) => {
  await openNewImport(page, {
    name: 'book.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Save As' })).toBeVisible();

  await openNewImport(page, {
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'binary data' })).toBeVisible();

  await openNewImport(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert').filter({ hasText: 'The file is empty' })).toBeVisible();

  await openNewImport(page, {
    name: 'header-only.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b,c\n'),
  });
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('header row but no data rows');
});

test('a ~100 MB file shows its first rows at once, scans with progress, and can be cancelled', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openNewImport(page, bigFile);
  const grid = page.getByRole('table', { name: 'CSV preview' });
  await expect(grid.getByRole('button', { name: 'person1@example.com' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Scan progress' })).toBeVisible();
  await expect(page.getByText('Scan complete')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('region', { name: 'Scan progress' })).toContainText('600,000 rows');
  await expect(page.getByRole('article', { name: 'Column Created' })).toContainText('yyyy-MM-dd');
  await expect(page.getByText('No problems found in this file.')).toBeVisible();

  await openNewImport(page, bigFile);
  await expect(grid.getByRole('button', { name: 'person1@example.com' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel scan' }).click();
  await expect(page.getByText('Scan cancelled')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue to mapping' })).toBeEnabled();
});
