import { type CrmField, isUserLookupType } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MatchOptions } from './mapping-state';
import { detectedZohoFormats } from './zoho-date-formats';

/**
 * How a lookup can be found: a user by email or id; other lookups by id, an account by its name, and a record by
 * `Name` only when the target module really has that field (custom modules do; Deals, Products… do not).
 */
export function findByChoices(field: CrmField, targetFields: readonly string[] = []): string[] {
  if (isUserLookupType(field.dataType)) return ['email', 'id'];
  if (field.dataType !== 'lookup') return [];
  if (field.apiName === 'Account_Name') return ['Account_Name', 'id'];
  return targetFields.includes('Name') ? ['id', 'Name'] : ['id'];
}

/** Options a fresh match starts with, so the admin only decides what the file can't tell. */
export function defaultOptions(column: ColumnProfile, field: CrmField): MatchOptions {
  if (field.dataType === 'date' || field.dataType === 'datetime') {
    const [format] = detectedZohoFormats(column, field.dataType);
    return format ? { format } : {};
  }
  const choices = findByChoices(field);
  if (choices.length === 0) return {};
  if (column.inferredType === 'email' && choices.includes('email')) return { findBy: 'email' };
  if (column.inferredType === 'integer') return { findBy: 'id' };
  return { findBy: choices[0] };
}
