import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type SplitChunk, type SplitOptions, splitForZoho } from './split-for-zoho';
import { toUtf8 } from './to-utf8';

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function split(text: string | Uint8Array, options: Partial<SplitOptions> = {}, pieceSize = 7) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const chunks: SplitChunk[] = [];
  const summary = await splitForZoho({
    input: inPieces(bytes, pieceSize),
    delimiter: ',',
    quoteChar: '"',
    headerRow: 1,
    hasHeader: true,
    columns: [
      { index: 1, apiName: 'Last_Name' },
      { index: 0, apiName: 'First_Name' },
    ],
    maxRecords: 25_000,
    maxBytes: 1_000_000,
    onChunk: async (chunk) => {
      chunks.push(chunk);
    },
    ...options,
  });
  const rows = chunks.map(
    (chunk) => Papa.parse<string[]>(new TextDecoder().decode(chunk.csv), { skipEmptyLines: true }).data,
  );
  return { summary, chunks, rows };
}

describe('splitting a CSV for Zoho without parsing it into rows', () => {
  it('sends only mapped columns, in mapping order, under a header of api_names', async () => {
    const { rows } = await split('first,last,secret\nAda,Lovelace,x1\nGrace,Hopper,x2\n');
    expect(rows[0]).toEqual([
      ['Last_Name', 'First_Name'],
      ['Lovelace', 'Ada'],
      ['Hopper', 'Grace'],
    ]);
  });

  it('keeps quoted commas, quotes and newlines inside their field, whatever the read boundaries', async () => {
    const text = 'first,last\n"Ada, Countess","Love""lace\non two lines"\r\nGrace,Hopper';
    for (const pieceSize of [1, 3, 64]) {
      const { rows, chunks } = await split(text, {}, pieceSize);
      expect(rows[0]?.slice(1)).toEqual([
        ['Love"lace\non two lines', 'Ada, Countess'],
        ['Hopper', 'Grace'],
      ]);
      expect(chunks[0]?.recordNumbers).toEqual([2, 3]);
    }
  });

  it('turns semicolon files into comma files, quoting only the values that need it', async () => {
    const { chunks } = await split("first;last\nAda;Smith, Jr.\n'Bo;b';O'Neil\n", {
      delimiter: ';',
      quoteChar: "'",
    });
    expect(new TextDecoder().decode(chunks[0]?.csv)).toBe(
      'Last_Name,First_Name\n"Smith, Jr.",Ada\nO\'Neil,"Bo;b"\n',
    );
  });

  it('splits at the record limit, every chunk with its header, numbering records as the file does', async () => {
    const text = `first,last\n${Array.from({ length: 7 }, (_, i) => `F${i},L${i}`).join('\n')}\n`;
    const { chunks, rows, summary } = await split(text, { maxRecords: 3 });
    expect(chunks.map((chunk) => chunk.recordNumbers)).toEqual([[2, 3, 4], [5, 6, 7], [8]]);
    expect(rows.every((chunk) => chunk[0]?.[0] === 'Last_Name')).toBe(true);
    expect(summary).toEqual({ chunks: 3, sent: 7, excluded: 0, blank: 0, records: 7, excludedRecords: [] });
  });

  it('splits before a chunk would pass the byte limit', async () => {
    const text = `first,last\n${Array.from({ length: 10 }, (_, i) => `F${i},${'x'.repeat(40)}`).join('\n')}\n`;
    const { chunks } = await split(text, { maxBytes: 120 });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((chunk) => chunk.csv.length <= 120)).toBe(true);
    expect(chunks.flatMap((chunk) => chunk.recordNumbers)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('drops rows above a later header row, skips blank lines and excluded records, and counts them all', async () => {
    const text = 'Report generated 2026-11-01\nfirst,last\nAda,Lovelace\n\nGrace,Hopper\nAlan,Turing\n';
    const { chunks, summary } = await split(text, {
      headerRow: 2,
      shouldSend: (recordNumber) => recordNumber !== 5,
    });
    expect(chunks[0]?.recordNumbers).toEqual([3, 6]);
    expect(summary).toEqual({ chunks: 1, sent: 2, excluded: 1, blank: 1, records: 4, excludedRecords: [5] });
  });

  it('keeps back rows whose mapped cells are all empty (Zoho would drop them and shift the results)', async () => {
    const { chunks, summary } = await split(
      'first,last,secret\nAda,Lovelace,x\n,"",only-secret\nGrace,Hopper,y\n',
    );
    expect(chunks[0]?.recordNumbers).toEqual([2, 4]);
    expect(summary.excludedRecords).toEqual([3]);
  });

  it('a test run stops after N data rows; a retry takes only its records, with edited cells rewritten', async () => {
    const text = 'first,last\nAda,Lovelace\nGrace,Hopper\nAlan,Turing\n';
    const test = await split(text, { maxDataRows: 2 });
    expect(test.chunks[0]?.recordNumbers).toEqual([2, 3]);
    const retry = await split(text, {
      onlyRecords: new Set([3]),
      rewrite: {
        positions: new Set([1]),
        value: () => (position, value) => (position === 1 ? `${value}, "ok"` : undefined),
      },
    });
    expect(retry.rows[0]).toEqual([
      ['Last_Name', 'First_Name'],
      ['Hopper', 'Grace, "ok"'],
    ]);
  });

  it('sends UTF-8 whatever the file was: Windows-1252 is transcoded', async () => {
    const latin1 = Uint8Array.from([...'first,last\nJos'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a]));
    const chunks: SplitChunk[] = [];
    await splitForZoho({
      input: toUtf8(inPieces(latin1, 5), 'windows-1252'),
      delimiter: ',',
      quoteChar: '"',
      headerRow: 1,
      hasHeader: true,
      columns: [{ index: 0, apiName: 'First_Name' }],
      maxRecords: 10,
      maxBytes: 1000,
      onChunk: async (chunk) => {
        chunks.push(chunk);
      },
    });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(chunks[0]?.csv)).toBe('First_Name\nJosé\n');
  });
});
