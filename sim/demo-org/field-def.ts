/** A compact description of one demo field; `toZohoField` expands it into Zoho's metadata shape. */
export type FieldDef = {
  api: string;
  label: string;
  type:
    | 'text'
    | 'textarea'
    | 'email'
    | 'phone'
    | 'website'
    | 'picklist'
    | 'multiselectpicklist'
    | 'date'
    | 'datetime'
    | 'integer'
    | 'bigint'
    | 'double'
    | 'currency'
    | 'percent'
    | 'boolean'
    | 'lookup'
    | 'ownerlookup'
    | 'userlookup'
    | 'layout'
    | 'subform'
    | 'multiselectlookup'
    | 'multiuserlookup';
  length?: number;
  systemMandatory?: boolean;
  /** Required by the module's standard layout (what MANDATORY_FIELDS_NOT_MAPPED checks). */
  layoutRequired?: boolean;
  unique?: boolean;
  lookup?: string;
  /**
   * subform: the subform module; multiselectlookup and multiuserlookup: the linking module (records live there,
   * not here; `lookup` names the linking module's other lookup: `Products`, `Users`).
   */
  childModule?: string;
  picklist?: string[];
  readOnly?: boolean;
  custom?: boolean;
  decimals?: number;
};

const DEFAULT_LENGTH: Partial<Record<FieldDef['type'], number>> = {
  text: 255,
  textarea: 32000,
  email: 100,
  phone: 30,
  website: 255,
  picklist: 120,
  multiselectpicklist: 1000,
  integer: 9,
  bigint: 19,
  double: 16,
  currency: 16,
  percent: 5,
  lookup: 120,
  ownerlookup: 120,
  userlookup: 120,
  layout: 50,
};

export function fieldLength(field: FieldDef): number | undefined {
  return field.length ?? DEFAULT_LENGTH[field.type];
}
