import { ByteWriter, isBlankRecord, projectRecord } from './project-record';
import { CsvRecordScanner, type ScannedRecord } from './scan-csv-records';

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
  /** Record numbers the admin chose not to send (kept and counted, never sent). */
  excludedRecords?: ReadonlySet<number>;
  maxRecords: number;
  maxBytes: number;
  onChunk(chunk: SplitChunk): Promise<void>;
};

export type SplitSummary = { chunks: number; sent: number; excluded: number; blank: number; records: number };

/**
 * Streams a CSV into Zoho-sized UTF-8 chunks of the mapped columns (header row of api_names), never building row
 * objects. Record numbers are the file's own: 1 is the first line, the header included.
 */
export async function splitForZoho(options: SplitOptions): Promise<SplitSummary> {
  const sourceQuote = options.quoteChar.charCodeAt(0);
  const scanner = new CsvRecordScanner({ delimiter: options.delimiter.charCodeAt(0), quote: sourceQuote });
  const header = new TextEncoder().encode(
    `${options.columns.map((column) => quoteName(column.apiName)).join(',')}\n`,
  );
  const columnIndexes = options.columns.map((column) => column.index);
  const summary: SplitSummary = { chunks: 0, sent: 0, excluded: 0, blank: 0, records: 0 };
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

  const onRecord = (record: ScannedRecord) => {
    recordNumber += 1;
    if (recordNumber < options.headerRow || (options.hasHeader && recordNumber === options.headerRow)) return;
    summary.records += 1;
    if (isBlankRecord(record)) {
      summary.blank += 1;
      return;
    }
    if (options.excludedRecords?.has(recordNumber)) {
      summary.excluded += 1;
      return;
    }
    const before = writer.length;
    projectRecord(writer, record, columnIndexes, sourceQuote);
    if (writer.length > options.maxBytes && recordNumbers.length > 0) {
      writer.length = before;
      flush();
      projectRecord(writer, record, columnIndexes, sourceQuote);
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

function startChunk(header: Uint8Array): ByteWriter {
  const writer = new ByteWriter();
  writer.write(header);
  return writer;
}

function quoteName(name: string): string {
  return /[",\r\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
