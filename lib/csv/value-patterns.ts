import type { InferredType } from './column-profile';

type ScalarType = Exclude<InferredType, 'empty' | 'text' | 'date' | 'datetime'>;

function countDigits(value: string): number {
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

const BOOLEANS = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f']);

/** Cheapest test first; a column keeps the types every non-empty value passed. */
export const VALUE_PATTERNS: Record<ScalarType, (value: string) => boolean> = {
  boolean: (value) => value.length <= 5 && BOOLEANS.has(value.toLowerCase()),
  integer: (value) => /^[+-]?\d{1,18}$/.test(value),
  decimal: (value) => /^[+-]?(\d{1,3}(,\d{3})+|\d+)?([.,]\d+)?$/.test(value) && /\d/.test(value),
  currency: (value) =>
    /^[+-]?[$€£¥₹]\s?\d[\d,]*(\.\d+)?$/.test(value) ||
    /^[+-]?\d[\d,.]*\s?(€|USD|EUR|GBP|INR|JPY)$/i.test(value),
  email: (value) => /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[a-z]{2,}$/i.test(value),
  url: (value) => /^(https?:\/\/|www\.)[^\s]+$/i.test(value),
  phone: (value) => /^\+?[\d\s().-]{7,24}$/.test(value) && countDigits(value) >= 7,
};

/** When several types fit every value, the most specific one wins. */
export const TYPE_PRIORITY: ScalarType[] = [
  'boolean',
  'integer',
  'decimal',
  'currency',
  'email',
  'url',
  'phone',
];
export type { ScalarType };
