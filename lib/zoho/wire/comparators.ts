import { type CrmDataType, isLookupType, isNumericType } from '@/lib/crm/crm-field';

/** Comparators per field type, as Zoho's bulk read criteria table lists them (docs/zoho.md, “Bulk read request”). */
export const ZOHO_COMPARATORS = {
  number: ['equal', 'not_equal', 'in', 'not_in', 'less_than', 'less_equal', 'greater_than', 'greater_equal'],
  text: ['equal', 'not_equal', 'in', 'not_in', 'contains', 'not_contains', 'starts_with', 'ends_with'],
  date: [
    'equal',
    'not_equal',
    'in',
    'not_in',
    'between',
    'not_between',
    'greater_than',
    'greater_equal',
    'less_than',
    'less_equal',
  ],
  boolean: ['equal'],
  lookup: ['equal', 'not_equal', 'in', 'not_in'],
} as const;

/** Ours, sent as `equal` / `not_equal` with Zoho's `${EMPTY}` token. */
export const EMPTY_COMPARATORS = ['is_empty', 'is_not_empty'] as const;

export const ALL_COMPARATORS = [
  'equal',
  'not_equal',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'less_than',
  'less_equal',
  'greater_than',
  'greater_equal',
  'between',
  'not_between',
  ...EMPTY_COMPARATORS,
] as const;

export type Comparator = (typeof ALL_COMPARATORS)[number];
export type ComparatorGroup = keyof typeof ZOHO_COMPARATORS;

export const COMPARATOR_LABELS: Record<Comparator, string> = {
  equal: 'is',
  not_equal: 'is not',
  in: 'is any of',
  not_in: 'is none of',
  contains: 'contains',
  not_contains: 'does not contain',
  starts_with: 'starts with',
  ends_with: 'ends with',
  less_than: 'is less than',
  less_equal: 'is at most',
  greater_than: 'is greater than',
  greater_equal: 'is at least',
  between: 'is between',
  not_between: 'is not between',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
};

/** Date comparators read better as before/after. */
export const DATE_COMPARATOR_LABELS: Partial<Record<Comparator, string>> = {
  less_than: 'is before',
  less_equal: 'is on or before',
  greater_than: 'is after',
  greater_equal: 'is on or after',
};

export function comparatorGroup(dataType: CrmDataType): ComparatorGroup {
  if (isNumericType(dataType)) return 'number';
  if (dataType === 'date' || dataType === 'datetime') return 'date';
  if (dataType === 'boolean') return 'boolean';
  if (isLookupType(dataType)) return 'lookup';
  return 'text';
}

/** What the builder offers for a type: Zoho's list, plus is empty / is not empty where `${EMPTY}` works. */
export function comparatorsFor(dataType: CrmDataType): Comparator[] {
  const group = comparatorGroup(dataType);
  const zoho: readonly Comparator[] = ZOHO_COMPARATORS[group];
  return group === 'boolean' ? [...zoho] : [...zoho, ...EMPTY_COMPARATORS];
}

export function comparatorLabel(comparator: Comparator, dataType: CrmDataType): string {
  const isDate = comparatorGroup(dataType) === 'date';
  return (isDate ? DATE_COMPARATOR_LABELS[comparator] : undefined) ?? COMPARATOR_LABELS[comparator];
}

export const isListComparator = (comparator: Comparator) => comparator === 'in' || comparator === 'not_in';
export const isRangeComparator = (comparator: Comparator) =>
  comparator === 'between' || comparator === 'not_between';
export const isEmptyComparator = (comparator: Comparator) =>
  comparator === 'is_empty' || comparator === 'is_not_empty';
