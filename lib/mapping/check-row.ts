import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import { unknownPicklistValues } from './check-column';
import { mandatoryFields } from './mandatory-fields';
import type { MappingState } from './mapping-state';
import { valueProblem } from './value-fits';

/** `skip`: Zoho would skip the row for this reason; `warning`: it is imported but not as written. */
export type RowIssue = {
  severity: 'skip' | 'warning';
  code: 'MANDATORY_NOT_FOUND' | 'INVALID_DATA' | 'PICKLIST_VALUE_ADDED';
  apiName: string;
  columnIndex: number;
  message: string;
};

export type RowCheckOptions = { layouts?: CrmLayout[]; layoutId?: string };

type Index = RowCheckOptions & { byName: Map<string, CrmField>; mandatory: Set<string> };
// Rows are checked by the hundred thousand against one field list: index it once.
const indexCache = new WeakMap<CrmField[], Index>();

function indexFields(fields: CrmField[], options: RowCheckOptions): Index {
  const cached = indexCache.get(fields);
  if (cached && cached.layouts === options.layouts && cached.layoutId === options.layoutId) return cached;
  const mandatory = mandatoryFields(fields, options.layouts ?? [], options.layoutId);
  const index = {
    ...options,
    byName: new Map(fields.map((f) => [f.apiName, f])),
    mandatory: new Set(mandatory.map((f) => f.apiName)),
  };
  indexCache.set(fields, index);
  return index;
}

/**
 * What Zoho would do with one CSV record for reasons inside the file (empty mandatory cells, values that
 * don't parse or fit). Pure, so it runs in the browser's worker and again on the server.
 */
export function checkRow(
  values: readonly string[],
  mapping: MappingState,
  fields: CrmField[],
  options: RowCheckOptions = {},
): RowIssue[] {
  const { byName, mandatory } = indexFields(fields, options);
  const issues: RowIssue[] = [];
  for (const [key, column] of Object.entries(mapping.columns)) {
    if (column.kind !== 'matched') continue;
    const field = byName.get(column.apiName);
    if (!field) continue;
    const columnIndex = Number(key);
    const at = { apiName: field.apiName, columnIndex };
    const value = (values[columnIndex] ?? '').trim() || (column.defaultValue ?? '');
    if (value === '') {
      if (mandatory.has(field.apiName)) {
        issues.push({
          severity: 'skip',
          code: 'MANDATORY_NOT_FOUND',
          message: `${field.label} is empty`,
          ...at,
        });
      }
      continue;
    }
    const problem = valueProblem(value, field, column.format);
    if (problem) issues.push({ severity: 'skip', code: 'INVALID_DATA', message: problem, ...at });
    else if (unknownPicklistValues([value], field, column).length > 0) {
      const message = `"${column.valueMap?.[value] ?? value}" will be added to ${field.label}'s picklist`;
      issues.push({ severity: 'warning', code: 'PICKLIST_VALUE_ADDED', message, ...at });
    }
  }
  return issues;
}
