import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { JobSettings } from '@/lib/mapping/job-settings';
import type { MappingState } from '@/lib/mapping/mapping-state';
import type { SavedColumn, SaveTemplateInput } from './mapping-template-schemas';

/** The board's decisions by header name (positions change between files; names mostly don't). */
export function templateFromState(
  name: string,
  state: MappingState,
  columns: ColumnProfile[],
  settings: Pick<JobSettings, 'module' | 'operation' | 'findBy' | 'ignoreEmpty' | 'layoutId'>,
): SaveTemplateInput {
  const byHeader: Record<string, SavedColumn> = {};
  for (const column of columns) {
    const mapping = state.columns[column.index];
    if (mapping?.kind === 'ignored') byHeader[column.header] = { kind: 'ignored' };
    if (mapping?.kind !== 'matched') continue;
    const { findBy, format, defaultValue, valueMap } = mapping;
    byHeader[column.header] = {
      kind: 'matched',
      apiName: mapping.apiName,
      ...(findBy ? { findBy } : {}),
      ...(format ? { format } : {}),
      ...(defaultValue ? { defaultValue } : {}),
      ...(valueMap && Object.keys(valueMap).length > 0 ? { valueMap } : {}),
    };
  }
  return {
    name,
    module: settings.module,
    operation: settings.operation,
    ...(settings.findBy ? { findBy: settings.findBy } : {}),
    body: {
      headers: columns.map((c) => c.header),
      byHeader,
      fieldDefaults: { ...state.fieldDefaults },
      ignoreEmpty: settings.ignoreEmpty,
      ...(settings.layoutId ? { layoutId: settings.layoutId } : {}),
    },
  };
}
