import type { FieldDef } from '../demo-org/field-def';

/** Comparators per field type, as Zoho's bulk read criteria table lists them. */
const COMPARATORS = {
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
};

export type ComparatorGroup = keyof typeof COMPARATORS;

export function comparatorGroup(field: FieldDef): ComparatorGroup {
  if (['integer', 'bigint', 'double', 'currency', 'percent'].includes(field.type)) return 'number';
  if (field.type === 'date' || field.type === 'datetime') return 'date';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'lookup' || field.type === 'ownerlookup' || field.type === 'userlookup') return 'lookup';
  return 'text';
}

export function supportedComparators(field: FieldDef): string[] {
  return COMPARATORS[comparatorGroup(field)];
}
