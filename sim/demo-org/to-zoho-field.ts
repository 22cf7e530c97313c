import { type FieldDef, fieldLength } from './field-def';
import { findModule, type ModuleDef } from './modules';
import { stableId } from './stable-id';

const JSON_TYPE: Record<FieldDef['type'], string> = {
  text: 'string',
  textarea: 'string',
  email: 'string',
  phone: 'string',
  website: 'string',
  picklist: 'string',
  multiselectpicklist: 'jsonarray',
  date: 'string',
  datetime: 'string',
  integer: 'integer',
  bigint: 'string',
  double: 'double',
  currency: 'double',
  percent: 'double',
  boolean: 'boolean',
  lookup: 'jsonobject',
  ownerlookup: 'jsonobject',
  userlookup: 'jsonobject',
  layout: 'jsonobject',
  subform: 'jsonarray',
  multiselectlookup: 'jsonarray',
  multiuserlookup: 'jsonarray',
};

/** Zoho's field metadata object (v7/v8 shape; v2 and v2.1 name the lookup module as a string). */
export function toZohoField(
  module: ModuleDef,
  field: FieldDef,
  version: string,
  picklistExtra: string[] = [],
) {
  const isOldVersion = version === 'v2' || version === 'v2.1';
  const target = field.lookup && field.type === 'lookup' ? findModule(field.lookup) : undefined;
  const values = [...(field.picklist ?? []), ...picklistExtra];
  const isWritable = !field.readOnly;
  return {
    api_name: field.api,
    field_label: field.label,
    display_label: field.label,
    id: stableId(`${module.api}.${field.api}`),
    data_type: field.type,
    json_type: JSON_TYPE[field.type],
    length: fieldLength(field) ?? null,
    decimal_place: field.decimals ?? null,
    system_mandatory: Boolean(field.systemMandatory),
    read_only: Boolean(field.readOnly),
    field_read_only: Boolean(field.readOnly) || field.type === 'ownerlookup',
    custom_field: Boolean(field.custom),
    visible: true,
    unique: field.unique ? (isOldVersion ? { casesensitive: false } : { case_sensitive: false }) : {},
    lookup: target
      ? {
          display_label: target.singular,
          api_name: field.api,
          module: isOldVersion ? target.api : { api_name: target.api, id: stableId(`module.${target.api}`) },
          id: stableId(`lookup.${module.api}.${field.api}`),
        }
      : {},
    pick_list_values:
      field.type === 'picklist' || field.type === 'multiselectpicklist'
        ? [...(field.type === 'picklist' ? ['-None-'] : []), ...values].map((value, index) => ({
            display_value: value,
            sequence_number: index + 1,
            reference_value: value,
            colour_code: null,
            actual_value: value,
            id: stableId(`pick.${module.api}.${field.api}.${value}`),
            type: 'used',
          }))
        : [],
    ...childKeys(field),
    type: 'used',
    associated_module: null,
    operation_type: {
      web_update: isWritable,
      api_create: isWritable,
      web_create: isWritable,
      api_update: isWritable,
    },
    view_type: { view: true, edit: isWritable, quick_create: isWritable, create: isWritable },
  };
}

/**
 * Zoho's `subform`, `multiselectlookup` and `multiuserlookup` objects, which name the module the children live in
 * (a multi-user lookup's connected module is Users, which Zoho leaves null).
 */
function childKeys(field: FieldDef) {
  const child = field.childModule
    ? { api_name: field.childModule, id: stableId(`module.${field.childModule}`) }
    : undefined;
  if (field.type === 'subform' && child) return { subform: { module: child.api_name, id: child.id } };
  if (field.type === 'multiselectlookup' && child && field.lookup) {
    return {
      multiselectlookup: {
        display_label: field.label,
        linking_module: child,
        connected_module: { api_name: field.lookup, id: stableId(`module.${field.lookup}`) },
        lookup_apiname: field.lookup,
        connectedlookup_apiname: field.lookup,
        api_name: field.api,
        id: stableId(`msl.${field.api}`),
      },
    };
  }
  if (field.type === 'multiuserlookup' && child && field.lookup) {
    return {
      multiuserlookup: {
        display_label: field.label,
        linking_module: child.api_name,
        connected_module: null,
        lookup_apiname: field.lookup,
        connectedlookup_apiname: field.api,
        api_name: field.lookup,
        id: stableId(`mul.${field.api}`),
      },
    };
  }
  return {};
}
