import 'server-only';
import type { ColumnMapping, MappingState } from '@/lib/mapping/mapping-state';
import { IGNORE_COLUMN } from './retry-schemas';

/** The mapping with some columns pointed at another field (or left out); a moved column drops its old options. */
export function remapColumns(mapping: MappingState, remap: Record<string, string>): MappingState {
  const columns: Record<number, ColumnMapping> = { ...mapping.columns };
  for (const [index, target] of Object.entries(remap)) {
    const current = columns[Number(index)];
    if (current?.kind === 'matched' && current.apiName === target) continue;
    columns[Number(index)] =
      target === IGNORE_COLUMN ? { kind: 'ignored' } : { kind: 'matched', apiName: target };
  }
  return { ...mapping, columns };
}
