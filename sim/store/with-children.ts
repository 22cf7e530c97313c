import type { ModuleDef } from '../demo-org/modules';
import { findModule } from '../demo-org/modules';
import type { FieldValue, RecordStore, SimRecord } from './record-store';

type Shown = SimRecord | (Record<string, FieldValue | Record<string, FieldValue>[]> & { id: string });

/**
 * Records as Zoho's record API shows them: each subform field holds its rows (those whose Parent_Id is the
 * record), each multi-select or multi-user lookup its linking records (`{ id, <Lookup>: {id, name} }`).
 */
export function withChildren(store: RecordStore, module: ModuleDef): Shown[] {
  const childFields = module.fields.filter(
    (field) =>
      (field.type === 'subform' || field.type === 'multiselectlookup' || field.type === 'multiuserlookup') &&
      field.childModule,
  );
  const byParent = new Map<string, Map<string, Record<string, FieldValue>[]>>();
  for (const field of childFields) {
    const child = findModule(field.childModule ?? '');
    const link = child?.parent?.field;
    if (!child || !link) continue;
    const rows = new Map<string, Record<string, FieldValue>[]>();
    for (const record of store.list(child.api)) {
      const parent = record[link];
      if (!parent || typeof parent !== 'object' || Array.isArray(parent)) continue;
      const shown =
        field.type === 'subform'
          ? record
          : { id: record.id, ...(field.lookup ? { [field.lookup]: record[field.lookup] ?? null } : {}) };
      rows.set(parent.id, [...(rows.get(parent.id) ?? []), shown]);
    }
    byParent.set(field.api, rows);
  }
  return store.list(module.api).map((record) => {
    if (childFields.length === 0) return record;
    const children = Object.fromEntries(
      childFields.map((field) => [field.api, byParent.get(field.api)?.get(record.id) ?? []]),
    );
    return { ...record, ...children };
  });
}
