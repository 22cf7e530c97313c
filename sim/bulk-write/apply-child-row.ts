import type { ModuleDef } from '../demo-org/modules';
import type { RecordStore } from '../store/record-store';
import { applyRow, type RowResult } from './apply-row';
import type { FieldMapping, WriteResource } from './write-request';

/** Zoho allows 100 subform rows per record (Subform API docs); more are skipped. */
export const MAX_SUBFORM_ROWS_PER_RECORD = 100;

export type ParentKeys = Map<string, string>;

/**
 * A child row finds its parent by the value in its linking column, looked up among the parent CSV's
 * `parent_column_index` values of the rows this job created or updated; it is then inserted under that record.
 * A row whose parent is not in the file (or was skipped) finds nothing, like any lookup: INVALID_DATA.
 */
export function applyChildRow(
  store: RecordStore,
  module: ModuleDef,
  resource: WriteResource & { parentLink: NonNullable<WriteResource['parentLink']> },
  mappings: FieldMapping[],
  row: string[],
  context: { parentKeys: ParentKeys; perParent: Map<string, number>; ignoreEmpty: boolean },
): RowResult {
  const link = resource.parentLink;
  const parentId = context.parentKeys.get((row[link.index] ?? '').trim());
  if (!parentId) return { status: 'SKIPPED', recordId: '', errors: `INVALID_DATA-${link.field}` };
  const siblings = context.perParent.get(parentId) ?? 0;
  if (module.generatedType === 'subform' && siblings >= MAX_SUBFORM_ROWS_PER_RECORD)
    return { status: 'SKIPPED', recordId: '', errors: `LIMIT_EXCEEDED-${link.field}` };
  const tied = [...row];
  tied[link.index] = parentId;
  const tiedMappings = mappings.map((mapping) =>
    mapping.api_name === link.field ? { ...mapping, find_by: 'id' } : mapping,
  );
  const result = applyRow(
    store,
    module,
    { operation: 'insert', ignoreEmpty: context.ignoreEmpty },
    tiedMappings,
    tied,
  );
  if (result.status === 'ADDED') context.perParent.set(parentId, siblings + 1);
  return result;
}

/** Parent CSV value at `column` → the record id its row got, for the rows the job added or updated. */
export function parentKeys(rows: string[][], results: RowResult[], column: number): ParentKeys {
  const keys: ParentKeys = new Map();
  for (const [position, row] of rows.entries()) {
    const recordId = results[position]?.recordId;
    const key = (row[column] ?? '').trim();
    if (recordId && key !== '' && !keys.has(key)) keys.set(key, recordId);
  }
  return keys;
}

/** Child rows already added under each parent, so a job resumed after a restart keeps counting from there. */
export function rowsPerParent(
  rows: string[][],
  results: RowResult[],
  linkIndex: number,
  keys: ParentKeys,
): Map<string, number> {
  const perParent = new Map<string, number>();
  for (const [position, result] of results.entries()) {
    const parentId = keys.get((rows[position]?.[linkIndex] ?? '').trim());
    if (result.status === 'ADDED' && parentId) perParent.set(parentId, (perParent.get(parentId) ?? 0) + 1);
  }
  return perParent;
}
