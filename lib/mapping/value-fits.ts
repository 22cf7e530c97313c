import { isValid, parse } from 'date-fns';
import type { CrmField } from '@/lib/crm/crm-field';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{1,30}$/;
const WEBSITE = /^(https?:\/\/)?[^\s.]+\.[^\s]+$/i;
const INTEGER = /^-?\d{1,9}$/;
const BIGINT = /^-?\d{1,18}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CURRENCY = /^-?\d{1,16}(\.\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
// A fixed reference date keeps parse() deterministic for patterns without a year.
const REFERENCE = new Date(2000, 0, 1);

/** Why Zoho would reject this non-empty value for the field, or undefined if it fits. */
export function valueProblem(value: string, field: CrmField, format?: string): string | undefined {
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return `${value.length} characters; ${field.label} takes ${field.maxLength}`;
  }
  const pattern = PATTERNS[field.dataType];
  if (pattern && !pattern[0].test(value)) return `"${value}" is not ${pattern[1]}`;
  if ((field.dataType === 'date' || field.dataType === 'datetime') && format) {
    if (!isValid(parse(value, format, REFERENCE)))
      return `"${value}" is not a ${field.dataType} written as ${format}`;
  }
  return undefined;
}

const PATTERNS: Partial<Record<CrmField['dataType'], [RegExp, string]>> = {
  email: [EMAIL, 'an email address'],
  phone: [PHONE, 'a phone number (digits, +, spaces, at most 30)'],
  website: [WEBSITE, 'a web address'],
  integer: [INTEGER, 'a whole number of at most 9 digits'],
  bigint: [BIGINT, 'a whole number'],
  double: [DECIMAL, 'a number'],
  percent: [DECIMAL, 'a number'],
  currency: [CURRENCY, 'an amount (at most 16 digits before the point)'],
  boolean: [BOOLEAN, 'true or false'],
};
