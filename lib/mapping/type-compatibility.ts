import { CRM_DATA_TYPES, type CrmDataType, isNumericType } from '@/lib/crm/crm-field';
import type { InferredType } from '@/lib/csv/column-profile';

const TEXTUAL: CrmDataType[] = ['text', 'textarea', 'picklist', 'multiselectpicklist'];
const NUMERIC = CRM_DATA_TYPES.filter(isNumericType);

const ACCEPTS: Record<Exclude<InferredType, 'empty' | 'text'>, CrmDataType[]> = {
  email: [...TEXTUAL, 'email', 'lookup', 'ownerlookup', 'userlookup'],
  phone: [...TEXTUAL, 'phone'],
  url: [...TEXTUAL, 'website'],
  integer: [...TEXTUAL, ...NUMERIC, 'phone', 'boolean', 'lookup', 'ownerlookup', 'userlookup'],
  decimal: [...TEXTUAL, 'double', 'currency', 'percent'],
  currency: [...TEXTUAL, 'double', 'currency'],
  boolean: [...TEXTUAL, 'boolean'],
  date: [...TEXTUAL, 'date', 'datetime'],
  datetime: [...TEXTUAL, 'datetime'],
};

/** Types whose values Zoho validates strictly: a mixed ("text") column may fail on some rows. */
const STRICT: CrmDataType[] = ['email', 'phone', 'website', 'date', 'datetime', 'boolean', ...NUMERIC];

/** 'ok', 'some' (mixed values; rows that don't fit are skipped) or 'none' (no value would fit). */
export function typeFit(inferred: InferredType, dataType: CrmDataType): 'ok' | 'some' | 'none' {
  if (inferred === 'empty') return 'ok';
  if (inferred === 'text') return STRICT.includes(dataType) ? 'some' : 'ok';
  return ACCEPTS[inferred].includes(dataType) ? 'ok' : 'none';
}
