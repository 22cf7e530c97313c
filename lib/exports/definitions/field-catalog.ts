import { type CrmDataType, type CrmField, isLookupType, isUserLookupType } from '@/lib/crm/crm-field';

/** A field the builder can export or filter on: a module field, or one step through a lookup. */
export type CatalogField = {
  path: string;
  label: string;
  dataType: CrmDataType;
  picklistValues?: string[];
};

export type FieldCatalog = Map<string, CatalogField>;

/** What a user (an owner lookup) exposes to `Owner.<field>` in bulk read fields and criteria. */
const userField = (apiName: string, label: string, dataType: CrmDataType): CrmField => ({
  apiName,
  label,
  dataType,
  isMandatory: false,
  isUnique: false,
  isReadOnly: true,
  isCustom: false,
});

export const USER_SUB_FIELDS: CrmField[] = [
  userField('first_name', 'First Name', 'text'),
  userField('last_name', 'Last Name', 'text'),
  userField('full_name', 'Full Name', 'text'),
  userField('email', 'Email', 'email'),
];

// Subform rows and multi-select / multi-user lookup links live in their own modules: export those instead.
const NOT_EXPORTED: ReadonlySet<string> = new Set(['subform', 'multiselectlookup', 'multiuserlookup']);
const canExport = (field: CrmField) => !NOT_EXPORTED.has(field.dataType) && field.apiName !== 'Layout';

export const isLookup = (field: CrmField) => isLookupType(field.dataType);

/**
 * Every path of a module, with the sub-fields of the lookups whose related fields are known
 * (`related` by lookup module; owner lookups always expose the user fields).
 */
export function buildFieldCatalog(
  fields: CrmField[],
  related: Record<string, CrmField[]> = {},
): FieldCatalog {
  const catalog: FieldCatalog = new Map();
  for (const field of fields.filter(canExport)) {
    catalog.set(field.apiName, {
      path: field.apiName,
      label: field.label,
      dataType: field.dataType,
      picklistValues: field.picklistValues,
    });
    if (!isLookup(field)) continue;
    const subFields = isUserLookupType(field.dataType)
      ? USER_SUB_FIELDS
      : (related[field.lookupModule ?? ''] ?? []);
    for (const sub of subFields.filter((candidate) => canExport(candidate) && !isLookup(candidate))) {
      const path = `${field.apiName}.${sub.apiName}`;
      catalog.set(path, {
        path,
        label: `${field.label} → ${sub.label}`,
        dataType: sub.dataType,
        picklistValues: sub.picklistValues,
      });
    }
  }
  return catalog;
}
