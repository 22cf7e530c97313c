import { createRecordReader } from './create-record-reader';
import { createTextDecoder } from './create-text-decoder';
import type { CsvParseOptions } from './csv-parse-options';

/**
 * Every data record of a streamed CSV with its record number, numbered as the server's split does: the header is
 * exactly `headerRow` (when the file has one); records above it and blank records are not data.
 */
export async function readDataRecords(
  chunks: AsyncIterable<Uint8Array>,
  parseOptions: CsvParseOptions,
  onRecord: (fields: string[], record: number) => void,
  options: { onChunk?: (bytes: number) => void; isCancelled?: () => boolean } = {},
): Promise<void> {
  const reader = createRecordReader(parseOptions, (fields, record) => {
    if (record < parseOptions.headerRow || (parseOptions.hasHeader && record === parseOptions.headerRow))
      return;
    if (fields.length === 1 && fields[0] === '') return;
    onRecord(fields, record);
  });
  const decoder = createTextDecoder(parseOptions.encoding);
  for await (const chunk of chunks) {
    if (options.isCancelled?.()) break;
    reader.push(decoder.decode(chunk, { stream: true }));
    options.onChunk?.(chunk.byteLength);
  }
  reader.push(decoder.decode());
  reader.end();
}
