import { createRecordReader } from '@/lib/csv/create-record-reader';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
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

/**
 * Runs the pre-flight over a whole CSV, numbering records as the server's split does: the header is exactly
 * `headerRow` (when the file has one), records above it and blank records are not data.
 */
export async function preflightCsv(options: PreflightCsvOptions) {
  const { parseOptions } = options;
  const preflight = createPreflight(options.input);
  let rows = 0;
  let bytesRead = 0;
  const reader = createRecordReader(parseOptions, (fields, record) => {
    if (record < parseOptions.headerRow || (parseOptions.hasHeader && record === parseOptions.headerRow))
      return;
    if (fields.length === 1 && fields[0] === '') return;
    rows += 1;
    const issues = preflight.add(record, fields);
    options.onRow?.(record, fields, issues);
  });
  const decoder = new TextDecoder(parseOptions.encoding);
  for await (const chunk of options.chunks) {
    if (options.isCancelled?.()) break;
    bytesRead += chunk.byteLength;
    reader.push(decoder.decode(chunk, { stream: true }));
    options.onProgress?.(bytesRead, rows);
  }
  reader.push(decoder.decode());
  reader.end();
  return { rows, summary: preflight.summary(), invalidRecords: preflight.invalidRecords() };
}
