import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';

/** Fields Zoho requires: system-mandatory ones plus the chosen (else first) layout's required fields. */
export function mandatoryFields(fields: CrmField[], layouts: CrmLayout[], layoutId?: string): CrmField[] {
  const layout = layouts.find((l) => l.id === layoutId) ?? layouts[0];
  const required = new Set(layout?.mandatoryFields ?? []);
  return fields.filter((field) => field.isMandatory || required.has(field.apiName));
}
