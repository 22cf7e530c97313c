import 'server-only';
import { CRM_DATA_TYPES, type CrmDataType, type CrmField, isUserLookupType } from '@/lib/crm/crm-field';
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
    lookupModule: isUserLookupType(dataType)
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

/**
 * Subforms keep their rows in a subform module; multi-select and multi-user lookups their links in a linking
 * module.
 */
function childModuleOf(field: ZohoField, dataType: CrmDataType): CrmField['childModule'] {
  const module =
    dataType === 'subform'
      ? moduleName(field.subform?.module)
      : dataType === 'multiselectlookup'
        ? moduleName(field.multiselectlookup?.linking_module)
        : dataType === 'multiuserlookup'
          ? moduleName(field.multiuserlookup?.linking_module)
          : undefined;
  return module &&
    (dataType === 'subform' || dataType === 'multiselectlookup' || dataType === 'multiuserlookup')
    ? { kind: dataType, module }
    : undefined;
}
