/**
 * App-shaped CRM metadata. `lib/zoho` turns Zoho's wire responses into these; everything else (the mapping
 * board, the pre-flight) reads only these shapes.
 */
export const CRM_DATA_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'website',
  'picklist',
  'multiselectpicklist',
  'date',
  'datetime',
  'integer',
  'bigint',
  'double',
  'currency',
  'percent',
  'boolean',
  'lookup',
  'ownerlookup',
  'userlookup',
  'multiselectlookup',
  'multiuserlookup',
  'subform',
  'autonumber',
  'other',
] as const;
export type CrmDataType = (typeof CRM_DATA_TYPES)[number];

const NUMERIC_DATA_TYPES: ReadonlySet<string> = new Set<CrmDataType>([
  'integer',
  'bigint',
  'double',
  'currency',
  'percent',
]);

/** Fields naming a CRM user (the record owner, or a user lookup such as a multi-user lookup's link). */
export function isUserLookupType(dataType: string | undefined): boolean {
  return dataType === 'ownerlookup' || dataType === 'userlookup';
}

/** Fields naming another record or a user, which Zoho finds by `find_by`. */
export function isLookupType(dataType: string | undefined): boolean {
  return dataType === 'lookup' || isUserLookupType(dataType);
}

/** Fields holding numbers (Zoho compares, checks and exports them as numbers). */
export function isNumericType(dataType: string | undefined): boolean {
  return dataType !== undefined && NUMERIC_DATA_TYPES.has(dataType);
}

export type ChildKind = 'subform' | 'multiselectlookup' | 'multiuserlookup';

export type CrmField = {
  apiName: string;
  label: string;
  dataType: CrmDataType;
  /** Zoho's `length`: the maximum number of characters. */
  maxLength?: number;
  /** Zoho's `system_mandatory`: required by every layout. */
  isMandatory: boolean;
  isUnique: boolean;
  isReadOnly: boolean;
  isCustom: boolean;
  /** For lookup / ownerlookup / userlookup: the module looked up (`Accounts`, `users`). */
  lookupModule?: string;
  picklistValues?: string[];
  decimalPlaces?: number;
  /**
   * Subform, multi-select lookup and multi-user lookup fields: the module their rows live in (filled by a
   * parent-child import).
   */
  childModule?: { kind: ChildKind; module: string };
};

export type CrmLayout = { id: string; name: string; mandatoryFields: string[] };

export type CrmModule = {
  apiName: string;
  label: string;
  /** Zoho lists the modules bulk write accepts; others are not offered for imports. */
  canBulkWrite: boolean;
  canBulkRead: boolean;
  isCustom: boolean;
};
