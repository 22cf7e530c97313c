import 'server-only';
import { BROWSER_LIMITS, CsvRecordScanner, type ScannedRecord } from '../../csv/scan-csv-records';
import { ByteWriter, isBlankRecord, projectRecord, type ValueRewrite } from './project-record';

export type SplitChunk = { index: number; csv: Uint8Array; recordNumbers: number[] };

export type SplitOptions = {
  /** UTF-8 bytes of the file (see toUtf8 for other encodings). */
  input: AsyncIterable<Uint8Array>;
  delimiter: string;
  quoteChar: string;
  /** 1-based record holding the header; rows above it are dropped. */
  headerRow: number;
  hasHeader: boolean;
  /** Source column index and the api_name it is sent as, in output order: only mapped columns leave. */
  columns: { index: number; apiName: string }[];
  /** False keeps a record back (the admin excluded it): it is counted, never sent. Runs on every data record. */
  shouldSend?: (recordNumber: number, record: ScannedRecord) => boolean;
  /** Only these records are considered at all (a retry of some rows); others are not rows of this import. */
  onlyRecords?: ReadonlySet<number>;
  /** A test run: stop after this many data rows. */
  maxDataRows?: number;
  /** Per-record rewrite of some output columns (picklist value maps, a retry's edited cells). */
  rewrite?: { positions: ReadonlySet<number>; value: (recordNumber: number) => ValueRewrite | undefined };
  maxRecords: number;
  maxBytes: number;
  onChunk(chunk: SplitChunk): Promise<void>;
};

export type SplitSummary = {
  chunks: number;
  sent: number;
  excluded: number;
  blank: number;
  /** Data records considered (sent + excluded + blank). */
  records: number;
  /** Record numbers kept back by `shouldSend`. */
  excludedRecords: number[];
};

/**
 * Streams a CSV into Zoho-sized UTF-8 chunks of the mapped columns (header row of api_names), never building row
 * objects. Record numbers are the file's own: 1 is the first line, the header included.
 */
export async function splitForZoho(options: SplitOptions): Promise<SplitSummary> {
  const sourceQuote = options.quoteChar.charCodeAt(0);
  const scanner = new CsvRecordScanner({
    delimiter: options.delimiter.charCodeAt(0),
    quote: sourceQuote,
    limits: BROWSER_LIMITS,
  });
  const header = new TextEncoder().encode(
    `${options.columns.map((column) => quoteName(column.apiName)).join(',')}\n`,
  );
  const columnIndexes = options.columns.map((column) => column.index);
  const summary: SplitSummary = {
    chunks: 0,
    sent: 0,
    excluded: 0,
    blank: 0,
    records: 0,
    excludedRecords: [],
  };
  const ready: SplitChunk[] = [];
  let writer = startChunk(header);
  let recordNumbers: number[] = [];
  let recordNumber = 0;

  const flush = () => {
    if (recordNumbers.length === 0) return;
    ready.push({ index: summary.chunks, csv: writer.take(), recordNumbers });
    summary.chunks += 1;
    writer = startChunk(header);
    recordNumbers = [];
  };

  let dataRows = 0;
  const onRecord = (record: ScannedRecord) => {
    recordNumber += 1;
    if (recordNumber < options.headerRow || (options.hasHeader && recordNumber === options.headerRow)) return;
    if (options.onlyRecords && !options.onlyRecords.has(recordNumber)) return;
    if (isBlankRecord(record)) {
      summary.records += 1;
      summary.blank += 1;
      return;
    }
    if (options.maxDataRows !== undefined && dataRows >= options.maxDataRows) return;
    dataRows += 1;
    summary.records += 1;
    const shouldSend = options.shouldSend?.(recordNumber, record) ?? true;
    // A row with every mapped cell empty would be dropped by Zoho's CSV reader and shift every result after it.
    if (!shouldSend || hasNoMappedValue(record, columnIndexes)) {
      summary.excluded += 1;
      summary.excludedRecords.push(recordNumber);
      return;
    }
    const rewriteValue = options.rewrite?.value(recordNumber);
    const rewrite =
      rewriteValue && options.rewrite
        ? { positions: options.rewrite.positions, value: rewriteValue }
        : undefined;
    const before = writer.length;
    projectRecord(writer, record, columnIndexes, sourceQuote, rewrite);
    if (writer.length > options.maxBytes && recordNumbers.length > 0) {
      writer.length = before;
      flush();
      projectRecord(writer, record, columnIndexes, sourceQuote, rewrite);
    }
    recordNumbers.push(recordNumber);
    summary.sent += 1;
    if (recordNumbers.length >= options.maxRecords) flush();
  };

  for await (const bytes of options.input) {
    scanner.push(bytes, onRecord);
    while (ready.length > 0) await options.onChunk(ready.shift() as SplitChunk);
  }
  scanner.end(onRecord);
  flush();
  while (ready.length > 0) await options.onChunk(ready.shift() as SplitChunk);
  return summary;
}

function hasNoMappedValue(record: ScannedRecord, columns: number[]): boolean {
  for (const column of columns) {
    const start = record.starts[column];
    const end = record.ends[column];
    if (start === undefined || end === undefined) continue;
    if (end - start > (record.quoted[column] ? 2 : 0)) return false;
  }
  return true;
}

function startChunk(header: Uint8Array): ByteWriter {
  const writer = new ByteWriter();
  writer.write(header);
  return writer;
}

function quoteName(name: string): string {
  return /[",\r\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
