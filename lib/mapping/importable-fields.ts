import type { CrmField } from '@/lib/crm/crm-field';

const NOT_IMPORTABLE = new Set(['subform', 'autonumber', 'multiselectlookup', 'multiuserlookup', 'other']);

/** Fields a CSV column can be written to through bulk write; `id` only identifies records to update. */
export function isImportable(field: CrmField): boolean {
  if (field.apiName === 'id') return true;
  return !field.isReadOnly && !NOT_IMPORTABLE.has(field.dataType);
}
