import type { FieldDef } from '../demo-org/field-def';
import type { FieldValue } from '../store/record-store';
import { comparatorGroup } from './supported-comparators';

export type Condition = { field: string; comparator: string; value: unknown };
export type Criteria = Condition | { group_operator: 'and' | 'or'; group: Criteria[] };
/** The field a path names and that path's value on the record being tested. */
export type Resolve = (path: string) => { field: FieldDef | undefined; value: FieldValue | undefined };

// Zoho's literal token for "empty" in criteria values.
// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text ${EMPTY}, not a template.
export const EMPTY = '${EMPTY}';

type Scalar = string | number | boolean;

/** The values a record holds for a field: a multi-select holds several, a lookup its id. */
function scalars(value: FieldValue | undefined): Scalar[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') return [value.id];
  return [value];
}

/** Compares by the field's type: numbers numerically, dates as instants, booleans, else text ignoring case. */
function compare(actual: Scalar, expected: unknown, group: string): number {
  if (group === 'number') return Number(actual) - Number(expected);
  if (group === 'date') return Date.parse(String(actual)) - Date.parse(String(expected));
  if (group === 'boolean') return String(actual).toLowerCase() === String(expected).toLowerCase() ? 0 : 1;
  if (group === 'lookup') return String(actual) === String(expected) ? 0 : 1;
  const left = String(actual).toLowerCase();
  const right = String(expected).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

function matchesCondition(condition: Condition, resolve: Resolve): boolean {
  const { field, value } = resolve(condition.field);
  const group = field ? comparatorGroup(field) : 'text';
  const actual = scalars(value);
  const expected = Array.isArray(condition.value) ? condition.value : [condition.value];
  const first = expected[0];
  const isEqual = (wanted: unknown) =>
    wanted === EMPTY ? actual.length === 0 : actual.some((item) => compare(item, wanted, group) === 0);
  const ordered = (test: (difference: number) => boolean) =>
    actual.some((item) => test(compare(item, first, group)));
  const within = () =>
    actual.some((item) => compare(item, expected[0], group) >= 0 && compare(item, expected[1], group) <= 0);
  const text = actual.join(';').toLowerCase();
  const needle = String(first ?? '').toLowerCase();
  switch (condition.comparator) {
    case 'equal':
      return isEqual(first);
    case 'not_equal':
      return !isEqual(first);
    case 'in':
      return expected.some(isEqual);
    case 'not_in':
      return !expected.some(isEqual);
    case 'contains':
      return actual.length > 0 && text.includes(needle);
    case 'not_contains':
      return !text.includes(needle);
    case 'starts_with':
      return actual.some((item) => String(item).toLowerCase().startsWith(needle));
    case 'ends_with':
      return actual.some((item) => String(item).toLowerCase().endsWith(needle));
    case 'less_than':
      return ordered((difference) => difference < 0);
    case 'less_equal':
      return ordered((difference) => difference <= 0);
    case 'greater_than':
      return ordered((difference) => difference > 0);
    case 'greater_equal':
      return ordered((difference) => difference >= 0);
    case 'between':
      return within();
    case 'not_between':
      return !within();
    default:
      return false;
  }
}

/** Whether one record passes a bulk read criteria tree (groups nest with and/or). */
export function matchesCriteria(criteria: Criteria | undefined, resolve: Resolve): boolean {
  if (!criteria) return true;
  if ('group' in criteria) {
    return criteria.group_operator === 'or'
      ? criteria.group.some((child) => matchesCriteria(child, resolve))
      : criteria.group.every((child) => matchesCriteria(child, resolve));
  }
  return matchesCondition(criteria, resolve);
}
