import type { ModuleDef } from '../demo-org/modules';
import type { Criteria } from './match-criteria';
import { fail, isObject, type ReadError } from './read-error';
import { resolveField } from './resolve-field';
import { supportedComparators } from './supported-comparators';

const MAX_CRITERIA = 25;

/** Checks criteria the way Zoho reports them (codes and messages of the SDK's list) and normalises both field forms. */
export function parseCriteria(raw: unknown, module: ModuleDef): Criteria | ReadError {
  const counter = { count: 0 };
  const criteria = normaliseCriteria(raw, module, counter);
  if ('code' in criteria) return criteria;
  if (counter.count > MAX_CRITERIA)
    return fail(
      'CRITERIA_LIMIT_EXCEEDED',
      `Number of criteria exceeded the maximum limit of ${MAX_CRITERIA}`,
    );
  return criteria;
}

function normaliseCriteria(
  raw: unknown,
  module: ModuleDef,
  counter: { count: number },
): Criteria | ReadError {
  if (!isObject(raw))
    return fail('INVALID_CRITERIA', `Invalid criteria ${JSON.stringify(raw)} for the query.`);
  const hasGroup = 'group' in raw || 'group_operator' in raw;
  const hasCondition = 'comparator' in raw || 'field' in raw || 'api_name' in raw;
  if (hasGroup && hasCondition) {
    return fail(
      'AMBIGUOUS_CRITERIA',
      `Ambiguous criteria ${JSON.stringify(raw)}. Criteria can have either {group, group_operator} or {api_name, comparator, value}.`,
    );
  }
  if (hasGroup) {
    const operator = String(raw.group_operator ?? '').toLowerCase();
    if (operator !== 'and' && operator !== 'or') {
      return fail(
        'GROUP_OPERATOR_NOT_SUPPORTED',
        `Criteria ${JSON.stringify(raw)} doesn't support this logical group operator '${String(raw.group_operator)}'. Supported operators are 'and', 'or'.`,
      );
    }
    if (!Array.isArray(raw.group) || raw.group.length < 2) {
      return fail(
        'AMBIGUOUS_GROUP_IN_CRITERIA',
        `Ambiguous group in criteria ${JSON.stringify(raw)}. Group should be used only when there are more than one criteria`,
      );
    }
    const group: Criteria[] = [];
    for (const child of raw.group) {
      const normalised = normaliseCriteria(child, module, counter);
      if ('code' in normalised) return normalised;
      group.push(normalised);
    }
    return { group_operator: operator, group };
  }
  counter.count += 1;
  const apiName = isObject(raw.field) ? raw.field.api_name : raw.api_name;
  if (typeof apiName !== 'string')
    return fail('INVALID_CRITERIA', `Invalid criteria ${JSON.stringify(raw)} for the query.`);
  const field = resolveField(module, apiName);
  if (!field) {
    return fail(
      'FIELD_IN_CRITERIA_NOT_AVAILABLE',
      `Field api name '${apiName}' is not available for criteria ${JSON.stringify(raw)}. Check visibility and permission for the field`,
    );
  }
  const comparator = String(raw.comparator ?? '');
  const supported = supportedComparators(field);
  if (!supported.includes(comparator)) {
    return fail(
      'FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED',
      `Field api name '${apiName}' doesn't support this comparator '${comparator}' for criteria ${JSON.stringify(raw)}.`,
      { comparator, api_name: apiName, supported },
    );
  }
  if (
    (comparator === 'between' || comparator === 'not_between') &&
    !(Array.isArray(raw.value) && raw.value.length === 2)
  ) {
    return fail(
      'COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE',
      `Comparator '${comparator}' is not supported with value '${JSON.stringify(raw.value)}' for criteria ${JSON.stringify(raw)}.`,
    );
  }
  return { field: apiName, comparator, value: raw.value };
}
