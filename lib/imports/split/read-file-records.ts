import 'server-only';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { FileStorage } from '@/lib/storage/file-storage';
import { BROWSER_LIMITS, CsvRecordScanner } from '../../csv/scan-csv-records';
import { decodeField, isBlankRecord } from './project-record';
import { toUtf8 } from './to-utf8';

export type FileRecord = { recordNumber: number; values: string[] };

/**
 * The original file's records as text, in order, with their record numbers (header record included in the
 * count). Yields the header record first when the file has one; records above the header row and blank lines
 * are skipped. Stops early once `untilRecord` is passed; with `only`, other records are skipped undecoded (a page
 * of failed rows deep in a big file costs a byte scan, not a decode of every row before it).
 */
export async function* readFileRecords(
  storage: FileStorage,
  key: string,
  options: CsvParseOptions,
  untilRecord = Number.POSITIVE_INFINITY,
  only?: (recordNumber: number) => boolean,
): AsyncGenerator<FileRecord & { isHeader: boolean }> {
  const quote = options.quoteChar.charCodeAt(0);
  const scanner = new CsvRecordScanner({
    delimiter: options.delimiter.charCodeAt(0),
    quote,
    limits: BROWSER_LIMITS,
  });
  let recordNumber = 0;
  let batch: (FileRecord & { isHeader: boolean })[] = [];
  const onRecord = (record: Parameters<Parameters<CsvRecordScanner['push']>[1]>[0]) => {
    recordNumber += 1;
    if (recordNumber < options.headerRow || recordNumber > untilRecord) return;
    const isHeader = options.hasHeader && recordNumber === options.headerRow;
    if (!isHeader && (isBlankRecord(record) || (only && !only(recordNumber)))) return;
    const values = record.starts.map((_, field) => decodeField(record, field, quote));
    batch.push({ recordNumber, values, isHeader });
  };
  for await (const bytes of toUtf8(storage.read(key), options.encoding)) {
    scanner.push(bytes, onRecord);
    yield* batch;
    batch = [];
    if (recordNumber > untilRecord) return;
  }
  scanner.end(onRecord);
  yield* batch;
}
