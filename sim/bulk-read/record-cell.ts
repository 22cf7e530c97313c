import { findModule, type ModuleDef } from '../demo-org/modules';
import { USERS } from '../demo-org/org';
import type { RecordStore, SimRecord } from '../store/record-store';

/** One exported cell: lookups export the related id, `Lookup.Field` the related record's field. */
export function recordCell(store: RecordStore, module: ModuleDef, record: SimRecord, name: string): string {
  const [base = '', sub] = name.split('.');
  const value = record[base];
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !Array.isArray(value)) {
    if (sub === undefined || sub === 'id') return value.id;
    const field = module.fields.find((candidate) => candidate.api === base);
    if (field?.type === 'ownerlookup') {
      const user = USERS.find((candidate) => candidate.id === value.id);
      if (!user) return '';
      return sub === 'full_name'
        ? `${user.first_name} ${user.last_name}`
        : String(user[sub as keyof typeof user] ?? '');
    }
    const target = findModule(field?.lookup ?? '');
    const related = target ? store.get(target.api, value.id) : undefined;
    return related && sub ? cellText(related[sub]) : '';
  }
  return cellText(value);
}

function cellText(value: SimRecord[string] | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return value.id;
  return String(value);
}
