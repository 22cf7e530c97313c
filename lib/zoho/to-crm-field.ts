import { CRM_DATA_TYPES, type CrmDataType, type CrmField } from '@/lib/crm/crm-field';
import type { ZohoField } from './zoho-schemas';

const KNOWN_TYPES: ReadonlySet<string> = new Set(CRM_DATA_TYPES.filter((type) => type !== 'other'));

/** Zoho's field metadata (any version's shape) as the app's CrmField. */
export function toCrmField(field: ZohoField): CrmField {
  const dataType = KNOWN_TYPES.has(field.data_type) ? (field.data_type as CrmDataType) : 'other';
  const lookupModule = field.lookup?.module;
  const canWrite = field.operation_type?.api_create !== false || field.operation_type?.api_update !== false;
  const values = (field.pick_list_values ?? [])
    .map((value) => value.actual_value ?? value.display_value)
    .filter((value) => value !== '-None-');
  return {
    apiName: field.api_name,
    label: field.display_label ?? field.field_label ?? field.api_name,
    dataType,
    maxLength: field.length ?? undefined,
    isMandatory: Boolean(field.system_mandatory),
    isUnique: Object.keys(field.unique ?? {}).length > 0,
    isReadOnly: Boolean(field.read_only) || !canWrite || dataType === 'autonumber',
    isCustom: Boolean(field.custom_field),
    lookupModule:
      dataType === 'ownerlookup'
        ? 'users'
        : typeof lookupModule === 'string'
          ? lookupModule
          : lookupModule?.api_name,
    picklistValues: dataType === 'picklist' || dataType === 'multiselectpicklist' ? values : undefined,
    decimalPlaces: field.decimal_place ?? undefined,
    childModule: childModuleOf(field, dataType),
  };
}

const moduleName = (module: string | { api_name: string } | undefined) =>
  typeof module === 'string' ? module : module?.api_name;

/** Subforms keep their rows in a subform module; multi-select lookups their links in a linking module. */
function childModuleOf(field: ZohoField, dataType: CrmDataType): CrmField['childModule'] {
  const subform = dataType === 'subform' ? moduleName(field.subform?.module) : undefined;
  if (subform) return { kind: 'subform', module: subform };
  const linking =
    dataType === 'multiselectlookup' ? moduleName(field.multiselectlookup?.linking_module) : undefined;
  return linking ? { kind: 'multiselectlookup', module: linking } : undefined;
}
