import 'server-only';
import { BROWSER_LIMITS, CsvRecordScanner, type ScannedRecord } from '../../csv/scan-csv-records';
import { isBlankRecord } from './project-record';

/**
 * Every data record of a UTF-8 CSV with its record number, numbered and skipped exactly as `splitForZoho` does
 * (rows above the header, the header, blank lines; a test run's row limit), without writing anything.
 */
export async function scanDataRecords(
  options: {
    input: AsyncIterable<Uint8Array>;
    delimiter: string;
    quoteChar: string;
    headerRow: number;
    hasHeader: boolean;
    maxDataRows?: number;
  },
  onRecord: (recordNumber: number, record: ScannedRecord) => void,
  /** Awaited after every block of input (a caller's back-pressure). */
  drain: () => Promise<void> = async () => {},
): Promise<void> {
  const scanner = new CsvRecordScanner({
    delimiter: options.delimiter.charCodeAt(0),
    quote: options.quoteChar.charCodeAt(0),
    limits: BROWSER_LIMITS,
  });
  let recordNumber = 0;
  let dataRows = 0;
  const visit = (record: ScannedRecord) => {
    recordNumber += 1;
    if (recordNumber < options.headerRow || (options.hasHeader && recordNumber === options.headerRow)) return;
    if (isBlankRecord(record)) return;
    if (options.maxDataRows !== undefined && dataRows >= options.maxDataRows) return;
    dataRows += 1;
    onRecord(recordNumber, record);
  };
  for await (const bytes of options.input) {
    scanner.push(bytes, visit);
    await drain();
  }
  scanner.end(visit);
  await drain();
}
