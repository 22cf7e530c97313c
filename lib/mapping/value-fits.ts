import { isValid, parse } from 'date-fns';
import { type CrmField, isNumericType } from '@/lib/crm/crm-field';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+\-().\s]*$/;
const DECIMAL = /^-?[\d,]*\.?\d+$/;
const MAX_PHONE_CHARS = 30;
const MAX_WHOLE_DIGITS = 16;
/** Zoho's lengths when a field's metadata gives none (text 255, email 100). */
const DEFAULT_TEXT_CHARS = 255;
const DEFAULT_EMAIL_CHARS = 100;
/** Zoho's own defaults, used only when no format is sent (Fieldmap always sends one). */
const DEFAULT_FORMATS = { date: ['MM/dd/yyyy', 'yyyy-MM-dd'], datetime: ['MM/dd/yyyy HH:mm:ss'] };

export type ValueProblem = { code: 'invalid_value' | 'too_long'; detail: string };

const invalid = (detail: string): ValueProblem => ({ code: 'invalid_value', detail });

function parsesAs(value: string, formats: string[]): boolean {
  return formats.some((format) => isValid(parse(value, format, new Date(0))));
}

/**
 * Why Zoho would skip a row for this trimmed, non-empty value (INVALID_DATA), or undefined if it fits. The rules
 * are the simulator's (sim/bulk-write/convert-value.ts), our model of Zoho. Lookups are Zoho's to resolve.
 */
export function valueProblem(value: string, field: CrmField, format?: string): ValueProblem | undefined {
  const tooLong = (limit: number): ValueProblem | undefined =>
    value.length > limit
      ? { code: 'too_long', detail: `${value.length} characters; ${field.label} takes ${limit}` }
      : undefined;
  switch (field.dataType) {
    case 'lookup':
    case 'ownerlookup':
    case 'userlookup':
    case 'multiselectpicklist':
      return undefined;
    case 'email':
      return EMAIL.test(value)
        ? tooLong(field.maxLength ?? DEFAULT_EMAIL_CHARS)
        : invalid(`"${value}" is not an email address`);
    case 'phone':
      return PHONE.test(value)
        ? tooLong(MAX_PHONE_CHARS)
        : invalid(`"${value}" is not a phone number (digits, spaces and + - ( ) . only)`);
    case 'integer':
    case 'bigint': {
      const digits = field.dataType === 'integer' ? 9 : 19;
      return new RegExp(`^-?\\d{1,${digits}}$`).test(value)
        ? undefined
        : invalid(`"${value}" is not a whole number of at most ${digits} digits`);
    }
    case 'double':
    case 'currency':
    case 'percent': {
      const number = Number(value.replace(/,/g, ''));
      if (!DECIMAL.test(value) || !Number.isFinite(number)) return invalid(`"${value}" is not a number`);
      return Math.trunc(Math.abs(number)).toString().length > MAX_WHOLE_DIGITS
        ? invalid(`"${value}" has more than ${MAX_WHOLE_DIGITS} digits before the point`)
        : undefined;
    }
    case 'boolean':
      return /^(true|false)$/i.test(value) ? undefined : invalid(`"${value}" is not true or false`);
    case 'date':
    case 'datetime':
      return parsesAs(value, format ? [format] : DEFAULT_FORMATS[field.dataType])
        ? undefined
        : invalid(`"${value}" is not a ${field.dataType} written as ${format ?? 'Zoho’s default'}`);
    default:
      return tooLong(field.maxLength ?? DEFAULT_TEXT_CHARS);
  }
}

/** How two values of a unique field compare, as Zoho's duplicate check does (case-insensitive, numbers as numbers). */
export function comparableValue(value: string, field: CrmField): string {
  if (isNumericType(field.dataType)) {
    return String(Number(value.replace(/,/g, '')));
  }
  return value.trim().toLowerCase();
}
