import 'server-only';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { dedupeHeaders } from '@/lib/csv/dedupe-headers';
import { detectParseOptions } from '@/lib/csv/detect-parse-options';
import { detectUnreadableFile } from '@/lib/csv/detect-unreadable-file';
import { AppError } from '@/lib/http/app-error';
import { readFileRecords } from '@/lib/imports/split/read-file-records';
import type { FileStorage } from '@/lib/storage/file-storage';

const SAMPLE_BYTES = 256 * 1024;

async function readSample(storage: FileStorage, key: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of storage.read(key)) {
    parts.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= SAMPLE_BYTES) break;
  }
  return new Uint8Array(Buffer.concat(parts).subarray(0, SAMPLE_BYTES));
}

/**
 * How to read an uploaded file without a person at the preview: the same detection the browser runs, and the
 * header row as the mapping board would name it (blank and repeated headers by position, never guessed).
 */
export async function readFileHeader(
  storage: FileStorage,
  key: string,
): Promise<{ parseOptions: CsvParseOptions; columns: ColumnProfile[] }> {
  const sample = await readSample(storage, key);
  const { options, encoding } = detectParseOptions(sample);
  const unreadable = detectUnreadableFile(sample, options.encoding);
  if (unreadable) throw new AppError('validation', unreadable.message, { reason: unreadable.code });
  // Promise: encodings are never guessed silently. Without a person to confirm, only UTF-8 or a BOM will do.
  if (!encoding.hasBom && encoding.encoding !== 'utf-8')
    throw new AppError(
      'validation',
      `Fieldmap cannot tell this file's encoding for sure (it looks like ${options.encoding}). Save it as "CSV UTF-8" and send it again, or import it in the browser where you can choose.`,
      { reason: 'encoding' },
    );
  let header: string[] | undefined;
  for await (const record of readFileRecords(storage, key, options, options.headerRow)) {
    if (record.isHeader) header = record.values;
    break;
  }
  if (!header) throw new AppError('validation', 'The file has no header row to match the template against.');
  const { headers } = dedupeHeaders(header);
  const columns = headers.map((name, index) => ({
    index,
    header: name,
    filled: 0,
    total: 0,
    distinct: 0,
    maxLength: 0,
    inferredType: 'text' as const,
    dateFormats: [],
    samples: [],
  }));
  return { parseOptions: options, columns };
}
