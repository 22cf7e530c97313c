import Papa from 'papaparse';
import { readZip } from '../zip/read-zip';
import type { FieldMapping } from './write-request';

const HEADER_BYTES = 256 * 1024;

/** The first mapping whose `index` points past the CSV's last column (Zoho: COLUMN_INDEX_NOT_FOUND). */
export async function indexBeyondHeader(
  zip: Buffer,
  mappings: FieldMapping[] | undefined,
): Promise<FieldMapping | undefined> {
  if (!mappings) return undefined;
  const entries = await readZip(zip).catch(() => []);
  const csv = entries.find((entry) => /\.(csv|txt)$/i.test(entry.name)) ?? entries[0];
  if (!csv) return undefined;
  const head = csv.content
    .subarray(0, HEADER_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const columns = Papa.parse<string[]>(head, { preview: 1 }).data[0]?.length ?? 0;
  return mappings.find((mapping) => mapping.index !== undefined && mapping.index >= columns);
}
