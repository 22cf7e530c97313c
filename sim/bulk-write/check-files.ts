import Papa from 'papaparse';
import { findModule } from '../demo-org/modules';
import { readZip } from '../zip/read-zip';
import { type CreateError, fail } from './create-error';
import { csvEntries, pickCsv } from './pick-csv';
import type { WriteRequest } from './write-request';

/** Zoho's limit on the rows of a subform (or line item) CSV in one job (docs/zoho.md, “Limits and credits”). */
export const MAX_SUBFORM_ROWS = 200;
const HEADER_BYTES = 256 * 1024;

/**
 * The checks that need the zip: every resource finds its CSV (`file_names`), mapping indexes and the parent
 * column index stay inside the headers, and subform CSVs keep within 200 rows.
 */
export async function checkFiles(zip: Buffer, request: WriteRequest): Promise<CreateError | undefined> {
  const entries = await readZip(zip).catch(() => []);
  const columnCounts: number[] = [];
  for (const [position, resource] of request.resources.entries()) {
    const csv = pickCsv(entries, resource.fileName);
    if (!csv && resource.fileName)
      return fail('FILE_NOT_FOUND', `The file ${resource.fileName} is not found in the uploaded zip.`, {
        json_path: `$.resource[${position}].file_names`,
      });
    if (!csv && csvEntries(entries).length > 1)
      return fail('MANDATORY_NOT_FOUND', 'Required key file_names is not available', {
        json_path: `$.resource[${position}].file_names`,
      });
    if (!csv) continue;
    const head = csv.content
      .subarray(0, HEADER_BYTES)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const columns = Papa.parse<string[]>(head, { preview: 1 }).data[0]?.length ?? 0;
    columnCounts.push(columns);
    const beyond = resource.fieldMappings?.find(
      (mapping) => mapping.index !== undefined && mapping.index >= columns,
    );
    if (beyond)
      return fail(
        'COLUMN_INDEX_NOT_FOUND',
        `column index ${String(beyond.index)} for ${beyond.api_name} is not found.`,
      );
    const parentColumns = columnCounts[0] ?? 0;
    if (resource.parentLink && position > 0 && resource.parentLink.parentColumnIndex >= parentColumns)
      return fail(
        'COLUMN_INDEX_NOT_FOUND',
        `parent column index ${resource.parentLink.parentColumnIndex} for ${resource.parentLink.field} is not found.`,
      );
    if (findModule(resource.module)?.generatedType === 'subform') {
      const rows = Papa.parse(csv.content.toString('utf8'), { skipEmptyLines: 'greedy' }).data.length - 1;
      if (rows > MAX_SUBFORM_ROWS)
        return fail(
          'LIMIT_EXCEEDED',
          `A subform file can have at most ${MAX_SUBFORM_ROWS} records; ${csv.name} has ${rows}.`,
          {
            file_name: csv.name,
            limit: MAX_SUBFORM_ROWS,
          },
        );
    }
  }
  return undefined;
}
