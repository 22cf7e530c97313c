import type { ModuleDef } from '../demo-org/modules';
import type { RecordStore, SimRecord } from '../store/record-store';
import { resolveValue } from './resolve-value';

/** One exported CSV cell: lookups export the related id, `Lookup.field` the related value, multi-selects `a;b`. */
export function recordCell(store: RecordStore, module: ModuleDef, record: SimRecord, path: string): string {
  const value = resolveValue(store, module, record, path);
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return value.id;
  return String(value);
}
