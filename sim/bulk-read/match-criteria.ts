import type { FieldDef } from '../demo-org/field-def';
import type { FieldValue, SimRecord } from '../store/record-store';

export type Condition = { field: string; comparator: string; value: unknown };
export type Criteria = Condition | { group_operator: 'and' | 'or'; group: Criteria[] };

// Zoho's literal token for "empty" in criteria values.
// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${EMPTY}, not a template.
const EMPTY = '${EMPTY}';

const COMPARATORS: Record<string, string[]> = {
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

export function comparatorGroup(field: FieldDef): keyof typeof COMPARATORS {
  if (['integer', 'bigint', 'double', 'currency', 'percent'].includes(field.type)) return 'number';
  if (field.type === 'date' || field.type === 'datetime') return 'date';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'lookup' || field.type === 'ownerlookup') return 'lookup';
  return 'text';
}

export function supportedComparators(field: FieldDef): string[] {
  return COMPARATORS[comparatorGroup(field)] ?? [];
}

function scalar(value: FieldValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return value.id;
  return value;
}

function compare(left: string | number | boolean, right: unknown, group: string): number {
  if (group === 'number') return Number(left) - Number(right);
  if (group === 'date') return Date.parse(String(left)) - Date.parse(String(right));
  return String(left).localeCompare(String(right), undefined, { sensitivity: 'accent' });
}

function matchesCondition(record: SimRecord, condition: Condition, fields: FieldDef[]): boolean {
  const field = fields.find((candidate) => candidate.api === condition.field);
  const group = field ? comparatorGroup(field) : 'text';
  const actual = scalar(record[condition.field]);
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  const isEmptyWanted = values.length === 1 && values[0] === EMPTY;
  const isEqual = (expected: unknown) =>
    expected === EMPTY
      ? actual === null || actual === ''
      : actual !== null && compare(actual, expected, group) === 0;
  const text = String(actual ?? '').toLowerCase();
  const needle = String(values[0] ?? '').toLowerCase();
  switch (condition.comparator) {
    case 'equal':
      return isEmptyWanted ? isEqual(EMPTY) : isEqual(values[0]);
    case 'not_equal':
      return !isEqual(values[0]);
    case 'in':
      return values.some(isEqual);
    case 'not_in':
      return !values.some(isEqual);
    case 'contains':
      return text.includes(needle);
    case 'not_contains':
      return !text.includes(needle);
    case 'starts_with':
      return text.startsWith(needle);
    case 'ends_with':
      return text.endsWith(needle);
    case 'less_than':
      return actual !== null && compare(actual, values[0], group) < 0;
    case 'less_equal':
      return actual !== null && compare(actual, values[0], group) <= 0;
    case 'greater_than':
      return actual !== null && compare(actual, values[0], group) > 0;
    case 'greater_equal':
      return actual !== null && compare(actual, values[0], group) >= 0;
    case 'between':
      return (
        actual !== null && compare(actual, values[0], group) >= 0 && compare(actual, values[1], group) <= 0
      );
    case 'not_between':
      return !(
        actual !== null &&
        compare(actual, values[0], group) >= 0 &&
        compare(actual, values[1], group) <= 0
      );
    default:
      return false;
  }
}

export function matchesCriteria(
  record: SimRecord,
  criteria: Criteria | undefined,
  fields: FieldDef[],
): boolean {
  if (!criteria) return true;
  if ('group' in criteria) {
    const results = criteria.group.map((child) => matchesCriteria(record, child, fields));
    return criteria.group_operator === 'or' ? results.some(Boolean) : results.every(Boolean);
  }
  return matchesCondition(record, criteria, fields);
}
