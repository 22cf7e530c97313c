import { isValid, parse, parseISO } from 'date-fns';
import { type FieldDef, fieldLength } from '../demo-org/field-def';
import type { FieldValue } from '../store/record-store';
import { zohoTime } from '../zoho-time';

export type Converted = { value: FieldValue } | { error: 'INVALID_DATA' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+\-().\s]*$/;
const DEFAULT_DATE_FORMATS = ['MM/dd/yyyy', 'yyyy-MM-dd'];
const DEFAULT_DATETIME_FORMATS = ['MM/dd/yyyy HH:mm:ss', "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd'T'HH:mm:ss"];

/** Java-style patterns as Zoho takes them are date-fns patterns for everything Fieldmap sends. */
function parseDate(text: string, formats: string[]): Date | undefined {
  for (const pattern of formats) {
    const date = parse(text, pattern, new Date(0));
    if (isValid(date)) return date;
  }
  const iso = parseISO(text);
  return formats.length === 0 && isValid(iso) ? iso : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');
const toIsoDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** One CSV cell into the stored value of a non-lookup field, or Zoho's INVALID_DATA. */
export function convertValue(field: FieldDef, raw: string, format?: string): Converted {
  const text = raw.trim();
  const invalid: Converted = { error: 'INVALID_DATA' };
  const maxLength = fieldLength(field);
  switch (field.type) {
    case 'email':
      return EMAIL.test(text) && text.length <= (maxLength ?? 100) ? { value: text } : invalid;
    case 'phone':
      return PHONE.test(text) && text.length <= 30 ? { value: text } : invalid;
    case 'integer':
    case 'bigint': {
      const digits = field.type === 'integer' ? 9 : 19;
      return new RegExp(`^-?\\d{1,${digits}}$`).test(text) ? { value: Number(text) } : invalid;
    }
    case 'double':
    case 'currency':
    case 'percent': {
      const number = Number(text.replace(/,/g, ''));
      if (!/^-?[\d,]*\.?\d+$/.test(text) || !Number.isFinite(number)) return invalid;
      return Math.trunc(Math.abs(number)).toString().length > 16 ? invalid : { value: number };
    }
    case 'boolean':
      return /^(true|false)$/i.test(text) ? { value: text.toLowerCase() === 'true' } : invalid;
    case 'date': {
      const date = parseDate(text, format ? [format] : DEFAULT_DATE_FORMATS);
      return date ? { value: toIsoDate(date) } : invalid;
    }
    case 'datetime': {
      const date = parseDate(text, format ? [format] : DEFAULT_DATETIME_FORMATS);
      return date ? { value: zohoTime(date) } : invalid;
    }
    case 'multiselectpicklist':
      return {
        value: text
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean),
      };
    default:
      return text.length <= (maxLength ?? 255) ? { value: text } : invalid;
  }
}
