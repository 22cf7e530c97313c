import type { ModuleDef } from '../demo-org/modules';
import { findModule } from '../demo-org/modules';
import type { FieldValue, RecordStore, SimRecord } from './record-store';

type Shown = SimRecord | (Record<string, FieldValue | Record<string, FieldValue>[]> & { id: string });

/**
 * Records as Zoho's record API shows them: each subform field holds its rows (those whose Parent_Id is the
 * record), each multi-select or multi-user lookup its linking records (`{ id, <Lookup>: {id, name} }`).
 */
export function withChildren(store: RecordStore, module: ModuleDef, records: SimRecord[]): Shown[] {
  const childFields = module.fields.flatMap((field) => {
    const isChild =
      field.type === 'subform' || field.type === 'multiselectlookup' || field.type === 'multiuserlookup';
    const child = isChild ? findModule(field.childModule ?? '') : undefined;
    const link = child?.parent?.field;
    return child && link ? [{ field, child, link }] : [];
  });
  if (childFields.length === 0) return records;
  return records.map((record) => {
    const children = Object.fromEntries(
      childFields.map(({ field, child, link }) => [
        field.api,
        store
          .findAllBy(child.api, link, record.id)
          .map((row) =>
            field.type === 'subform'
              ? row
              : { id: row.id, ...(field.lookup ? { [field.lookup]: row[field.lookup] ?? null } : {}) },
          ),
      ]),
    );
    return { ...record, ...children };
  });
}
