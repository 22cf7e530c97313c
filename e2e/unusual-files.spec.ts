import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const FILES = path.join(__dirname, 'fixtures', 'files');

async function drop(page: Page, name: string) {
  await page.goto('/imports/new');
  await page.getByLabel('Choose a CSV file').setInputFiles(path.join(FILES, name));
}

async function simRecords(module: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${process.env.E2E_SIM_URL}/__sim/records/${module}`);
  return ((await response.json()) as { records: Record<string, unknown>[] }).records;
}

async function importDropped(page: Page, name: string) {
  await page.getByRole('button', { name: 'Continue to mapping' }).click();
  await expect(page.getByLabel('Module')).toHaveValue('Leads');
  const run = page.getByRole('region', { name: 'Run the import' });
  await run.getByLabel('Import name').fill(name);
  await run.getByRole('button', { name: 'Start import' }).click();
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
}

test.describe('files as people really have them', () => {
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto('/connection');
    await page.getByRole('link', { name: 'Use the built-in sandbox' }).click();
    await expect(page).toHaveURL(/\/connection\?connected=/);
    await page.close();
  });

  for (const [file, encoding, names] of [
    ['leads-shift-jis.csv', 'shift_jis', ['山田', '佐藤']],
    ['leads-gb18030.csv', 'gb18030', ['王', '李']],
  ] as const) {
    test(`a ${encoding} export is read as ${encoding}, said so, and imports with its names intact`, async ({
      page,
    }) => {
      await drop(page, file);
      const notice = page.getByRole('region', { name: 'Character set' });
      await expect(notice).toContainText(`This file is not UTF-8: it reads as ${encoding}`);
      await expect(notice.getByRole('button', { name: `Reading as ${encoding}` })).toBeVisible();
      const grid = page.getByRole('table', { name: 'CSV preview' });
      for (const name of names) await expect(grid.getByRole('button', { name, exact: true })).toBeVisible();
      await expect(page.getByText('No problems found in this file.')).toBeVisible();
      await importDropped(page, `E2E ${encoding}`);
      const stored = (await simRecords('Leads')).map((record) => record.Last_Name);
      for (const name of names) expect(stored).toContain(name);
    });
  }

  test('an uncertain encoding offers the likeliest readings with a sample row; one click chooses', async ({
    page,
  }) => {
    await drop(page, 'central-european.csv');
    const notice = page.getByRole('region', { name: 'Character set' });
    await expect(notice).toContainText('its encoding is not certain');
    await expect(notice).toContainText('Jiří Dvořák,Škoda Auto,Mladá Boleslav');
    await expect(notice).toContainText('Jiøí Dvoøák,©koda Auto');
    await notice.getByRole('button', { name: 'Use windows-1252' }).click();
    const grid = page.getByRole('table', { name: 'CSV preview' });
    await expect(grid.getByRole('button', { name: 'Jiøí Dvoøák' })).toBeVisible();
    await page
      .getByRole('region', { name: 'Character set' })
      .getByRole('button', { name: 'Use iso-8859-2' })
      .click();
    await expect(grid.getByRole('button', { name: 'Jiří Dvořák' })).toBeVisible();
    await expect(page.getByLabel('Encoding', { exact: true })).toHaveValue('iso-8859-2');
  });

  test('a UTF-8 file with a few Latin-1 bytes deep inside names the encoding they likely are', async ({
    page,
  }) => {
    const head = `Name,City\n${'Ada,London\n'.repeat(30_000)}`;
    const tail = Buffer.from('Jos\xe9,M\xfcnchen\n', 'latin1');
    await page.goto('/imports/new');
    await page.getByLabel('Choose a CSV file').setInputFiles({
      name: 'mixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from(head, 'utf8'), tail]),
    });
    await expect(page.getByText('Scan complete')).toBeVisible();
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText('Records with bytes that are not valid utf-8');
    await expect(problems).toContainText('record 30002');
    const suggestion = page.getByRole('region', { name: 'Character set suggestion' });
    await expect(suggestion).toContainText('They most likely are windows-1252');
    await expect(page.getByLabel('Encoding', { exact: true })).toHaveValue('utf-8');
    await suggestion.getByRole('button', { name: 'Use windows-1252' }).click();
    await expect(page.getByLabel('Encoding', { exact: true })).toHaveValue('windows-1252');
  });

  for (const [file, kind] of [
    ['disguised-web-page.csv', 'a web page (HTML)'],
    ['disguised-data.csv', 'JSON data'],
    ['disguised-feed.csv', 'XML data'],
    ['disguised-compressed.csv', 'gzip-compressed'],
    ['disguised-archive.csv', 'a ZIP archive'],
    ['disguised-report.csv', 'a PDF document'],
  ] as const) {
    test(`${file} is named as ${kind}, with what to do`, async ({ page }) => {
      await drop(page, file);
      await expect(
        page.getByRole('alert').filter({ hasText: `This file is ${kind}, not a CSV` }),
      ).toBeVisible();
      await expect(page.getByRole('table', { name: 'CSV preview' })).toBeHidden();
    });
  }

  test("Excel's sep= line and trailing delimiters are understood; padded headers are shown trimmed", async ({
    page,
  }) => {
    await drop(page, 'sep-line.csv');
    const grid = page.getByRole('table', { name: 'CSV preview' });
    await expect(grid.getByRole('columnheader', { name: 'City' })).toBeVisible();
    await expect(page.getByText('From Excel\'s "sep=" first line (skipped)')).toBeVisible();
    await expect(page.getByText('No problems found in this file.')).toBeVisible();

    await drop(page, 'trailing-delimiter.csv');
    await expect(grid.getByRole('columnheader', { name: 'City' })).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: 'Column 4' })).toBeHidden();
    await expect(page.getByLabel('Lines end with a delimiter: ignore the empty last column')).toBeChecked();
    await expect(page.getByText('No problems found in this file.')).toBeVisible();

    await drop(page, 'header-spaces.csv');
    await expect(grid.getByRole('columnheader', { name: 'Email', exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText('"Email<U+200B>" as "Email"');
  });

  test('rows above the real header are offered away in one click, and the import honours it', async ({
    page,
  }) => {
    await drop(page, 'leads-with-title.csv');
    const note = page.getByRole('region', { name: 'Header row suggestion' });
    await expect(note).toContainText('The header looks like row 4');
    await expect(note).toContainText('“Leads for Q3”');
    await note.getByRole('button', { name: 'Use row 4 as the header' }).click();
    const grid = page.getByRole('table', { name: 'CSV preview' });
    await expect(grid.getByRole('columnheader', { name: 'Last Name' })).toBeVisible();
    await expect(note).toBeHidden();
    await importDropped(page, 'E2E header on row 4');
    await expect(page.getByText(/2\s+of\s+2\s+rows done/)).toBeVisible();
    const stored = (await simRecords('Leads')).map((record) => record.Email);
    expect(stored).toContain('grace.title@example.com');
  });

  test('an .xlsx workbook: pick the sheet from previews, then it goes end to end to a completed import', async ({
    page,
  }) => {
    await drop(page, 'leads-book.xlsx');
    const sheets = page.getByRole('region', { name: 'Sheets' });
    await expect(sheets.getByRole('article', { name: 'Sheet Read me' })).toContainText('Leads to import');
    const leads = sheets.getByRole('article', { name: 'Sheet Leads' });
    await expect(leads).toContainText('山田');
    await leads.getByRole('button', { name: 'Use sheet Leads' }).click();
    await expect(page.getByText('a sheet of leads-book.xlsx, read as CSV')).toBeVisible();
    const grid = page.getByRole('table', { name: 'CSV preview' });
    await expect(grid.getByRole('button', { name: '山田' })).toBeVisible();
    const recordThree = grid.getByRole('row').filter({
      has: page.getByRole('button', { name: 'Use record 3 as the header row' }),
    });
    await expect(recordThree).toContainText('yamada.book@example.jp');
    await expect(page.getByText('No problems found in this file.')).toBeVisible();
    await importDropped(page, 'E2E workbook');
    await expect(page.getByText(/3\s+of\s+3\s+rows done/)).toBeVisible();
    const stored = await simRecords('Leads');
    const yamada = stored.find((record) => record.Email === 'yamada.book@example.jp');
    expect(yamada?.Last_Name).toBe('山田');
    expect(
      stored.some((record) => record.Email === 'wang.book@example.cn' && record.Last_Name === '王'),
    ).toBe(true);
  });

  test('an .xlsx named .csv is named as a workbook and opens as one in a click', async ({ page }) => {
    await drop(page, 'leads-book-named.csv');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This file is an Excel workbook (.xlsx)' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Open it as an Excel workbook' }).click();
    await expect(page.getByRole('article', { name: 'Sheet Leads' })).toContainText('Lovelace');
  });
});
