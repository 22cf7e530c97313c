import { describe, expect, it } from 'vitest';
import { MAX_FIELD_CHARS, MAX_RECORD_CHARS } from './csv-limits';
import { BROWSER_LIMITS, CsvLimitError, CsvRecordScanner, type ScanLimits } from './scan-csv-records';

const COMMA = 44;
const QUOTE = 34;

function fieldsOf(chunks: Uint8Array[], limits?: ScanLimits): string[][] {
  const scanner = new CsvRecordScanner({ delimiter: COMMA, quote: QUOTE, limits });
  const records: string[][] = [];
  const onRecord = (record: { bytes: Uint8Array; starts: number[]; ends: number[] }) =>
    records.push(
      record.starts.map((start, i) =>
        Buffer.from(record.bytes.subarray(start, record.ends[i])).toString('utf8'),
      ),
    );
  for (const chunk of chunks) scanner.push(chunk, onRecord);
  scanner.end(onRecord);
  return records;
}

function split(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = sizes[i % sizes.length] as number;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** Pushes `bytes` in 64 KiB chunks until the scanner refuses; how far it got. */
function scanUntilRefused(bytes: Uint8Array): { error: unknown; pushedBytes: number } {
  const scanner = new CsvRecordScanner({ delimiter: COMMA, quote: QUOTE, limits: BROWSER_LIMITS });
  let pushedBytes = 0;
  try {
    for (const chunk of split(bytes, [64 * 1024])) {
      pushedBytes += chunk.length;
      scanner.push(chunk, () => {});
    }
    scanner.end(() => {});
  } catch (error) {
    return { error, pushedBytes };
  }
  return { error: undefined, pushedBytes };
}

describe('the byte scanner the server splits files with', () => {
  const csv = Buffer.from(
    'name,notes\r\nAda,"said ""hi""\nthen left"\r\n"Zoë, née X",plain\n,\n"",""""\nlast,"no newline"',
    'utf8',
  );

  it('finds the same records however the file is cut into chunks (escaped quotes and CRLF on the cut too)', () => {
    const whole = fieldsOf([csv]);
    expect(whole).toEqual([
      ['name', 'notes'],
      ['Ada', '"said ""hi""\nthen left"'],
      ['"Zoë, née X"', 'plain'],
      ['', ''],
      ['""', '""""'],
      ['last', '"no newline"'],
    ]);
    for (const sizes of [[1], [2], [3], [1, 2, 5], [7], [13, 1]])
      expect(fieldsOf(split(csv, sizes), BROWSER_LIMITS), `chunks of ${sizes}`).toEqual(whole);
  });

  it('refuses a quote that never closes at once, naming the line it opened on, without reading on', () => {
    const lines = ['Last Name,Notes'];
    for (let i = 1; i <= 1000; i += 1) lines.push(`Row ${i},fine`);
    // Line 1002 opens a quote that never closes; 30 MB follow.
    const head = `${lines.join('\n')}\nRunaway,"starts here\n`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.alloc(30 * 1024 * 1024, 'x\n')]);
    const { error, pushedBytes } = scanUntilRefused(bytes);
    expect(error).toBeInstanceOf(CsvLimitError);
    expect(error).toMatchObject({ kind: 'runaway_quote', record: 1002, line: 1002 });
    expect((error as Error).message).toMatch(
      /^Record 1002 \(line 1002\): the quote opened on line 1002 runs on past 128 KiB without closing/,
    );
    // It stopped within a chunk or two of the cap, not at the end of the file.
    expect(pushedBytes).toBeLessThan(head.length + MAX_FIELD_CHARS + 2 * 64 * 1024);
  });

  it('refuses a field over 128 KiB and a record over 1 MiB, counting characters as the browser does', () => {
    const long = Buffer.from(`a,b\n1,${'x'.repeat(MAX_FIELD_CHARS + 1)}\n`);
    expect(scanUntilRefused(long).error).toMatchObject({ kind: 'field_too_long', record: 2, line: 2 });
    // 128 Ki characters of 'é' are 256 KiB of UTF-8: within the browser's cap, so accepted.
    const accented = Buffer.from(`a,b\n1,${'é'.repeat(MAX_FIELD_CHARS)}\n`);
    expect(scanUntilRefused(accented).error).toBeUndefined();
    const wide = Buffer.from(`a\n${Array.from({ length: 20 }, () => 'y'.repeat(60 * 1024)).join(',')}\n`);
    expect(wide.length).toBeGreaterThan(MAX_RECORD_CHARS);
    expect(scanUntilRefused(wide).error).toMatchObject({ kind: 'record_too_long', record: 2, line: 2 });
  });

  it('counts lines inside quoted fields when naming where a later quote opened', () => {
    const bytes = Buffer.from(`a,b\n"one\ntwo\nthree",x\nok,"${'z'.repeat(MAX_FIELD_CHARS + 5)}`);
    expect(scanUntilRefused(bytes).error).toMatchObject({ kind: 'runaway_quote', record: 3, line: 5 });
  });

  it('reads without caps when none are given (Zoho’s own result files)', () => {
    const long = Buffer.from(`a,b\n1,${'x'.repeat(MAX_FIELD_CHARS + 1)}\n`);
    expect(fieldsOf(split(long, [1000]))[1]?.[1]).toHaveLength(MAX_FIELD_CHARS + 1);
  });
});
