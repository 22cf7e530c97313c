import type { CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { autoMatch } from './auto-match';
import { defaultOptions } from './default-options';
import { emptyMapping, type MappingState } from './mapping-state';
import { acceptAll, setOptions, suggest } from './transitions';

/** A fresh board for a file and module: auto-matches applied with their default options. */
export function initialMapping(columns: ColumnProfile[], fields: CrmField[]): MappingState {
  let state = acceptAll(suggest(emptyMapping(columns.map((c) => c.index)), autoMatch(columns, fields)));
  for (const column of columns) {
    const mapping = state.columns[column.index];
    const field = mapping?.kind === 'matched' ? fields.find((f) => f.apiName === mapping.apiName) : undefined;
    if (field) state = setOptions(state, column.index, defaultOptions(column, field));
  }
  return state;
}
