import type { CrmField } from '@/lib/crm/crm-field';

const NOT_IMPORTABLE = new Set(['subform', 'autonumber', 'multiselectlookup', 'other']);

/** Fields a CSV column can be written to through bulk write. */
export function isImportable(field: CrmField): boolean {
  return !field.isReadOnly && !NOT_IMPORTABLE.has(field.dataType);
}
