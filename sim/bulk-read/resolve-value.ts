import { findModule, type ModuleDef } from '../demo-org/modules';
import { USERS, userName } from '../demo-org/org';
import type { FieldValue, RecordStore, SimRecord } from '../store/record-store';

/** The value a bulk read path names on one record, following `Lookup.field` to the related record or user. */
export function resolveValue(
  store: RecordStore,
  module: ModuleDef,
  record: SimRecord,
  path: string,
): FieldValue | undefined {
  const [base = '', sub] = path.split('.');
  const value = record[base];
  if (sub === undefined || value === undefined || value === null) return value;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (sub === 'id') return value.id;
  const field = module.fields.find((candidate) => candidate.api === base);
  if (field?.type === 'ownerlookup' || field?.type === 'userlookup') {
    const user = USERS.find((candidate) => candidate.id === value.id);
    if (!user) return undefined;
    if (sub === 'full_name') return userName(user);
    return sub === 'first_name' || sub === 'last_name' || sub === 'email' ? user[sub] : undefined;
  }
  const target = findModule(field?.lookup ?? '');
  return target ? store.get(target.api, value.id)?.[sub] : undefined;
}
