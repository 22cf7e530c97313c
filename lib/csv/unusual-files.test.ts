import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectParseOptions } from './detect-parse-options';
import { detectUnreadableFile } from './detect-unreadable-file';
import { scanCsvStream } from './scan-csv-stream';

const fixture = (folder: string, name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', folder, name)));

describe('disguised files are named, with what to do', () => {
  it.each([
    ['web-page.csv', 'a web page (HTML)', 'Export to CSV'],
    ['data.csv', 'JSON data', 'Convert it to CSV'],
    ['feed.csv', 'XML data', 'Export the data as CSV'],
    ['excel-2003.csv', 'an Excel 2003 XML spreadsheet', 'CSV UTF-8'],
    ['compressed.csv', 'gzip-compressed', 'Decompress it first'],
    ['archive.csv', 'a ZIP archive', 'Extract it'],
    ['workbook.csv', 'an Excel workbook (.xlsx)', 'Excel workbook'],
    ['old-workbook.csv', 'an Excel 97–2003 workbook (.xls)', 'Excel 97–2003 workbook'],
    ['report.csv', 'a PDF document', 'Export the data as CSV'],
  ])('%s is %s', (name, kind, advice) => {
    const bytes = fixture('disguised', name);
    const found = detectUnreadableFile(bytes, detectParseOptions(bytes).options.encoding);
    expect(found?.kind).toBe(kind);
    expect(found?.message).toContain(advice);
  });

  it('real CSVs are not mistaken for markup or JSON', () => {
    for (const text of ['Name,Email\nAda,a@x\n', '"<b>",x\n1,2\n', 'id;[tags]\n1;[a]\n', '{id},name\n1,2\n'])
      expect(detectUnreadableFile(new TextEncoder().encode(text), 'utf-8')).toBeNull();
  });
});

async function scanFixture(name: string) {
  const bytes = fixture('excel', name);
  const detected = detectParseOptions(bytes);
  const outcome = await scanCsvStream(new Blob([bytes]).stream(), detected.options, { previewLimit: 10 });
  return { detected, scan: outcome.scan };
}

describe("Excel's habits", () => {
  it('a sep=; first line sets the delimiter and is skipped', async () => {
    const { detected, scan } = await scanFixture('sep-line.csv');
    expect(detected.sepLine).toBe(';');
    expect(detected.options).toMatchObject({ delimiter: ';', headerRow: 2 });
    expect(scan.headers).toEqual(['Name', 'City', 'Amount']);
    expect(scan.preview()[0]).toEqual({ record: 3, cells: ['Zoë', 'Zürich', '1,5'] });
    expect(scan.problems()).toEqual([]);
  });

  it('a delimiter ending every line is not an empty column', async () => {
    const { detected, scan } = await scanFixture('trailing-delimiter.csv');
    expect(detected.options.hasTrailingDelimiter).toBe(true);
    expect(scan.headers).toEqual(['Name', 'Email', 'City']);
    expect(scan.preview()[1]?.cells).toEqual(['Alan', 'alan@example.com', 'Wilmslow']);
    expect(scan.problems()).toEqual([]);
  });

  it('a trailing delimiter on only some lines is not ignored', () => {
    const bytes = new TextEncoder().encode('a,b,\n1,2,\n3,4\n');
    expect(detectParseOptions(bytes).options.hasTrailingDelimiter).toBeUndefined();
  });

  it('spaces and zero-width characters around headers are trimmed for matching, and shown', async () => {
    const { scan } = await scanFixture('header-spaces.csv');
    expect(scan.headers).toEqual(['Name', 'Email', 'City']);
    const trimmed = scan.problems().find((problem) => problem.kind === 'trimmed_header');
    expect(trimmed?.message).toContain('"␣Name␣" as "Name"');
    expect(trimmed?.message).toContain('"Email<U+200B>" as "Email"');
    expect(trimmed?.message).toContain('"<U+00A0>City" as "City"');
  });
});
