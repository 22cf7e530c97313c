import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { readDataRecords } from '@/lib/csv/read-data-records';
import { createPreflight, type PreflightInput, type RowIssue } from './create-preflight';

export type PreflightCsvOptions = {
  /** The file's raw bytes, in order (a browser File's stream, or a Node stream on the server). */
  chunks: AsyncIterable<Uint8Array>;
  parseOptions: CsvParseOptions;
  input: PreflightInput;
  /** Every checked record with its findings (an empty list for a clean row). */
  onRow?: (record: number, fields: string[], issues: readonly RowIssue[]) => void;
  /** After each chunk, with the bytes and data records read so far. */
  onProgress?: (bytesRead: number, rows: number) => void;
  isCancelled?: () => boolean;
};

/** Runs the pre-flight over a whole CSV (records numbered as the server's split does). */
export async function preflightCsv(options: PreflightCsvOptions) {
  const { parseOptions } = options;
  const preflight = createPreflight(options.input);
  let rows = 0;
  let bytesRead = 0;
  await readDataRecords(
    options.chunks,
    parseOptions,
    (fields, record) => {
      rows += 1;
      const issues = preflight.add(record, fields);
      options.onRow?.(record, fields, issues);
    },
    {
      isCancelled: options.isCancelled,
      onChunk: (bytes) => {
        bytesRead += bytes;
        options.onProgress?.(bytesRead, rows);
      },
    },
  );
  return { rows, summary: preflight.summary(), invalidRecords: preflight.invalidRecords() };
}
