import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS } from './csv-limits';
import { type CsvParseOptions, DEFAULT_PARSE_OPTIONS } from './csv-parse-options';
import { scanCsvStream } from './scan-csv-stream';

function streamOf(bytes: Uint8Array, chunkSize = bytes.length || 1): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunkSize));
      at += chunkSize;
    },
  });
}

async function scan(input: string | Uint8Array, options: Partial<CsvParseOptions> = {}, chunkSize?: number) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const { scan } = await scanCsvStream(
    streamOf(bytes, chunkSize),
    { ...DEFAULT_PARSE_OPTIONS, ...options },
    { previewLimit: 100 },
  );
  return scan;
}

const problem = (result: Awaited<ReturnType<typeof scan>>, kind: string) =>
  result.problems().find((p) => p.kind === kind);

describe('scanCsvStream', () => {
  it('keeps multi-byte characters whole when they straddle chunk boundaries', async () => {
    const result = await scan('name,city\nZoë,Zürich\nŁukasz,São Paulo\n😀,東京\n', {}, 1);
    expect(result.preview().map((row) => row.cells)).toEqual([
      ['Zoë', 'Zürich'],
      ['Łukasz', 'São Paulo'],
      ['😀', '東京'],
    ]);
    expect(problem(result, 'invalid_bytes')).toBeUndefined();
  });

  it('counts rows with too many and too few fields, with their record numbers', async () => {
    const result = await scan('a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2\n\n1,2,3\n');
    expect(result.rows).toBe(5);
    expect(problem(result, 'too_few_fields')).toMatchObject({ count: 2, firstRecords: [3, 5] });
    expect(problem(result, 'too_many_fields')).toMatchObject({ count: 1, firstRecords: [4] });
  });

  it('starts at a later header row and drops the rows above it; record numbers stay the file’s', async () => {
    const result = await scan('Export of 2024\n\nName,Email\nAda,ada@example.com\n', { headerRow: 3 });
    expect(result.headers).toEqual(['Name', 'Email']);
    expect(result.preview()).toEqual([{ record: 4, cells: ['Ada', 'ada@example.com'] }]);
  });

  it('names columns when the file has no header', async () => {
    const result = await scan('Ada,ada@example.com\nAlan,alan@example.com\n', { hasHeader: false });
    expect(result.headers).toEqual(['Column 1', 'Column 2']);
    expect(result.preview().map((row) => row.record)).toEqual([1, 2]);
  });

  it('reports bytes that are not valid in the chosen encoding, by record', async () => {
    const bytes = new Uint8Array(
      readFileSync(path.join(__dirname, 'fixtures', 'semicolon-windows-1252.csv')),
    );
    const wrong = await scan(bytes, { delimiter: ';', newline: '\r\n', encoding: 'utf-8' });
    expect(problem(wrong, 'invalid_bytes')).toMatchObject({ count: 4, firstRecords: [2, 3, 4, 5] });
    const right = await scan(bytes, { delimiter: ';', newline: '\r\n', encoding: 'windows-1252' });
    expect(right.problems()).toEqual([]);
    expect(right.preview()[0]?.cells).toEqual([
      'Jürgen',
      'Müller',
      'juergen.mueller@example.de',
      'München',
      '1234,50',
      '01.02.1980',
    ]);
  });

  it('reports fields over 128 KiB, duplicate headers and a header without rows', async () => {
    const long = await scan(`a,a\n1,${'x'.repeat(MAX_FIELD_CHARS + 1)}\n`);
    expect(problem(long, 'field_too_long')).toMatchObject({ count: 1, firstRecords: [2] });
    expect(problem(long, 'duplicate_header')?.message).toBe(
      'Duplicate headers renamed: a (column 1), a (column 2)',
    );
    expect(problem(await scan('a,b,c\n'), 'no_data_rows')).toBeDefined();
  });

  it('keeps formulas as plain text', async () => {
    const result = await scan('name,link\nx,"=HYPERLINK(""http://evil.example"",""go"")"\n');
    expect(result.preview()[0]?.cells[1]).toBe('=HYPERLINK("http://evil.example","go")');
  });

  it('stops at a quote that never closes, saying on which line it opened', async () => {
    const result = await scan(`a,b\n1,2\n3,"${'x\n'.repeat(600_000)}`, {}, 64 * 1024);
    expect(result.rows).toBe(1);
    expect(problem(result, 'unclosed_quote')).toMatchObject({ firstRecords: [3], firstLine: 3 });
    expect(problem(result, 'unclosed_quote')?.message).toContain('line 3');
  });
});
