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
  'multiselectlookup',
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

/** Fields holding numbers (Zoho compares, checks and exports them as numbers). */
export function isNumericType(dataType: string | undefined): boolean {
  return dataType !== undefined && NUMERIC_DATA_TYPES.has(dataType);
}

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
  /** For lookup / ownerlookup: the module looked up (`Accounts`, `users`). */
  lookupModule?: string;
  picklistValues?: string[];
  decimalPlaces?: number;
  /** Subform and multi-select lookup fields: the module their rows live in (filled by a parent-child import). */
  childModule?: { kind: 'subform' | 'multiselectlookup'; module: string };
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
