import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook';
import { sheetToCsv } from './sheet-to-csv';

const workbookFile = () => new Blob([readFileSync(path.join(__dirname, 'fixtures', 'leads.xlsx'))]);

async function csvOf(isRaw: boolean): Promise<string> {
  const blob = workbookFile();
  const workbook = await readWorkbook(blob, 5);
  const leads = workbook.sheets.find((sheet) => sheet.name === 'Leads');
  const parts: string[] = [];
  await sheetToCsv(blob, workbook, leads?.path ?? '', { isRaw, onPart: (part) => parts.push(part) });
  return parts.join('');
}

describe('reading an .xlsx workbook', () => {
  it('lists its sheets in tab order with their first rows, shared strings resolved (they come after the sheets)', async () => {
    const workbook = await readWorkbook(workbookFile(), 2);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Notes', 'Leads']);
    const leads = workbook.sheets[1];
    expect(leads?.firstRows[0]?.cells.slice(0, 3)).toEqual(['Last Name', 'First Name', 'Email']);
    expect(leads?.firstRows[1]).toMatchObject({ row: 2, cells: expect.arrayContaining(['Lovelace']) });
    expect(leads?.firstRows).toHaveLength(2);
  });

  it('writes the sheet as CSV: cells as Excel shows them, formulas as cached values, sheet rows as record numbers', async () => {
    const lines = (await csvOf(false)).split('\n');
    expect(lines[0]).toBe('Last Name,First Name,Email,Company,Lead Owner,Annual Revenue,Created');
    expect(lines[1]).toBe(
      'Lovelace,Ada,ada.xlsx@example.com,Analytical Engines,patricia.boyle@sandbox.example.com,1500.00,2024-01-01',
    );
    // Sheet row 3 is empty: a blank record keeps row 4 as record 4.
    expect(lines[2]).toBe('');
    // Phonetic guides (rPh) are not part of the text; a percent and a date as Excel formats them.
    expect(lines[3]).toBe(
      '山田,太郎,yamada.xlsx@example.jp,株式会社サンプル,patricia.boyle@sandbox.example.com,12.50%,1/2/24',
    );
    expect(lines[4]).toBe('Hopper,Grace,grace.xlsx@example.com,"Navy, ""Research""');
    expect(lines[5]).toBe('Lab",patricia.boyle@sandbox.example.com,#DIV/0!,TRUE');
  });

  it('raw values on request: numbers unformatted, dates as ISO 8601', async () => {
    const lines = (await csvOf(true)).split('\n');
    expect(lines[1]).toMatch(/,1500,2024-01-01$/);
    expect(lines[3]).toMatch(/,0\.125,2024-01-02T12:00:00$/);
  });

  it('says so when the file is not a workbook', async () => {
    await expect(readWorkbook(new Blob(['Name,Email\n']), 5)).rejects.toThrow();
  });
});
