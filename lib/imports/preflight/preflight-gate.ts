import 'server-only';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { ScannedRecord } from '../../csv/scan-csv-records';
import { scanDataRecords } from '../split/scan-data-records';
import type { createServerPreflight } from './server-preflight';

/**
 * Which rows the split sends: the server pre-flight sees every row, and rows it finds invalid stay back when the
 * admin chose so. Duplicates checked on disk are known only once the file is read: keeping them back then takes
 * a first pass over the file before the split. A row with bytes its encoding could not read is always kept back.
 */
export async function preflightGate(
  preflight: ReturnType<typeof createServerPreflight>,
  options: {
    excludeInvalid: boolean;
    parseOptions: CsvParseOptions;
    readFile: () => AsyncIterable<Uint8Array>;
    maxDataRows?: number;
  },
): Promise<(recordNumber: number, record: ScannedRecord) => boolean> {
  const quote = options.parseOptions.quoteChar.charCodeAt(0);
  if (options.excludeInvalid && preflight.isDeferred) {
    await scanDataRecords(
      { ...options.parseOptions, input: options.readFile(), maxDataRows: options.maxDataRows },
      (recordNumber, record) => preflight.add(recordNumber, record, quote),
    );
    preflight.finish();
    return (recordNumber) => !preflight.isInvalid(recordNumber) && !preflight.isUndecodable(recordNumber);
  }
  return (recordNumber, record) => {
    const isValid = preflight.add(recordNumber, record, quote);
    return !preflight.isUndecodable(recordNumber) && (isValid || !options.excludeInvalid);
  };
}
