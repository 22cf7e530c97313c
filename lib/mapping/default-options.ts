import { type CrmField, isUserLookupType } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MatchOptions } from './mapping-state';
import { detectedZohoFormats } from './zoho-date-formats';

/** How a lookup can be found: a user by email or id; other lookups by id or the target's name field. */
export function findByChoices(field: CrmField): string[] {
  if (isUserLookupType(field.dataType)) return ['email', 'id'];
  if (field.dataType === 'lookup')
    return field.apiName === 'Account_Name' ? ['Account_Name', 'id'] : ['id', 'Name'];
  return [];
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
