import type { FieldDef } from '../demo-org/field-def';
import { findModule, type ModuleDef } from '../demo-org/modules';

/** What a user (owner lookup) exposes to `Owner.<field>` in fields and criteria. */
const USER_FIELDS: Record<string, FieldDef> = {
  id: { api: 'id', label: 'User Id', type: 'ownerlookup' },
  first_name: { api: 'first_name', label: 'First Name', type: 'text' },
  last_name: { api: 'last_name', label: 'Last Name', type: 'text' },
  full_name: { api: 'full_name', label: 'Full Name', type: 'text' },
  email: { api: 'email', label: 'Email', type: 'email' },
};

/**
 * The field a bulk read path names: `Last_Name`, or through a lookup `Owner.last_name` /
 * `Account_Name.Phone` (the related module's field, so its own type decides comparators and comparison).
 * `Lookup.id` stays the lookup itself. Layout fields are not exportable.
 */
export function resolveField(module: ModuleDef, path: string): FieldDef | undefined {
  const [base, sub, ...rest] = path.split('.');
  if (rest.length > 0) return undefined;
  const field = module.fields.find((candidate) => candidate.api === base);
  if (
    !field ||
    field.type === 'layout' ||
    field.type === 'subform' ||
    field.type === 'multiselectlookup' ||
    field.type === 'multiuserlookup'
  )
    return undefined;
  if (sub === undefined) return field;
  if (field.type === 'ownerlookup' || field.type === 'userlookup') return USER_FIELDS[sub];
  if (field.type !== 'lookup') return undefined;
  if (sub === 'id') return field;
  const target = findModule(field.lookup ?? '');
  const related = target?.fields.find((candidate) => candidate.api === sub);
  return related && related.type !== 'layout' ? related : undefined;
}
