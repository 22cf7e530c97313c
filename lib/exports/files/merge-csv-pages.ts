import 'server-only';
import type { Readable } from 'node:stream';
import { CsvRecordScanner, type ScannedRecord } from '@/lib/csv/scan-csv-records';
import { needsNeutralising } from './neutralise-cell';

export type MergeStats = { records: number; duplicates: number };
export type PageSource = () => Promise<Readable>;

const COMMA = 44;
const COMMA_BYTES = Buffer.from([COMMA]);
const QUOTE = 34;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CRLF = Buffer.from('\r\n');
const decoder = new TextDecoder();

/** A view of the record's bytes, not a copy: each scanned chunk is a fresh buffer that nothing reuses. */
const view = (record: ScannedRecord, start: number, end: number) =>
  Buffer.from(record.bytes.buffer, record.bytes.byteOffset + start, end - start);

function fieldText(record: ScannedRecord, index: number): string {
  const start = record.starts[index] ?? 0;
  const end = record.ends[index] ?? 0;
  if (!record.quoted[index]) return decoder.decode(record.bytes.subarray(start, end));
  return decoder.decode(record.bytes.subarray(start + 1, end - 1)).replaceAll('""', '"');
}

const RISKY_BYTES = new Set([61, 43, 45, 64, 9, 13, 10]); // = + - @ tab CR LF

/** Whether a field may need a leading `'`: only then is it decoded (most fields are copied as bytes). */
function isRiskyField(record: ScannedRecord, index: number): boolean {
  const start = (record.starts[index] ?? 0) + (record.quoted[index] ? 1 : 0);
  return (
    start < (record.ends[index] ?? 0) &&
    RISKY_BYTES.has(record.bytes[start] ?? 0) &&
    needsNeutralising(fieldText(record, index))
  );
}

/** The record's bytes as written, with formula-like cells given a leading `'` (inside their quotes if quoted). */
function writeRecord(record: ScannedRecord, out: Buffer[]): void {
  const count = record.starts.length;
  let risky = -1;
  for (let index = 0; index < count && risky < 0; index += 1) if (isRiskyField(record, index)) risky = index;
  if (risky < 0) {
    out.push(view(record, record.starts[0] ?? 0, record.ends[count - 1] ?? 0), CRLF);
    return;
  }
  for (let index = 0; index < count; index += 1) {
    if (index > 0) out.push(COMMA_BYTES);
    const start = record.starts[index] ?? 0;
    const end = record.ends[index] ?? 0;
    const isQuoted = record.quoted[index] ?? false;
    if (index >= risky && isRiskyField(record, index)) {
      out.push(Buffer.from(isQuoted ? [QUOTE, 39] : [39]));
      out.push(view(record, isQuoted ? start + 1 : start, end));
    } else {
      out.push(view(record, start, end));
    }
  }
  out.push(CRLF);
}

const isBlank = (record: ScannedRecord) => record.starts.length === 1 && record.starts[0] === record.ends[0];

/**
 * Zoho's page CSVs as one CSV, streamed: the first page's header once, rows in page order, a record seen on the
 * previous page or earlier on this one dropped (records move between pages while an export runs, so a repeat
 * can only come from a neighbouring page: memory stays bounded by Zoho's page size, not the export's).
 */
export async function* mergeCsvPages(pages: PageSource[], stats: MergeStats): AsyncGenerator<Buffer> {
  yield UTF8_BOM;
  let header: string | undefined;
  let previousIds = new Set<string>();
  for (const open of pages) {
    const scanner = new CsvRecordScanner({ delimiter: COMMA, quote: QUOTE });
    const ids = new Set<string>();
    let idIndex = -1;
    let isFirst = true;
    const out: Buffer[] = [];
    const onRecord = (record: ScannedRecord) => {
      if (isFirst) {
        isFirst = false;
        const names = record.starts.map((_, index) => fieldText(record, index).replace(/^\uFEFF/, ''));
        const joined = names.join(',');
        if (header === undefined) {
          header = joined;
          writeRecord(record, out);
        } else if (header !== joined) throw new Error('A page’s columns differ from the first page’s');
        // Zoho writes the record id column as `id` (docs) or `Id` (seen by a production connector).
        idIndex = names.findIndex((name) => name.toLowerCase() === 'id');
        return;
      }
      if (isBlank(record)) return;
      // Record ids are digits: a latin1 read of an unquoted id is exact and much cheaper than decoding.
      const id =
        idIndex < 0
          ? ''
          : record.quoted[idIndex]
            ? fieldText(record, idIndex)
            : view(record, record.starts[idIndex] ?? 0, record.ends[idIndex] ?? 0).toString('latin1');
      if (id && (ids.has(id) || previousIds.has(id))) {
        stats.duplicates += 1;
        return;
      }
      if (id) ids.add(id);
      stats.records += 1;
      writeRecord(record, out);
    };
    const stream = await open();
    let isStart = true;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes =
        isStart && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
      isStart = false;
      scanner.push(bytes, onRecord);
      if (out.length > 0) yield Buffer.concat(out.splice(0));
    }
    scanner.end(onRecord);
    if (out.length > 0) yield Buffer.concat(out.splice(0));
    previousIds = ids;
  }
}
