import 'server-only';

/**
 * Bulk read criteria that look records up by a list of values of one field, within Zoho's criteria limits: at
 * most 25 conditions per query, text values of at most 255 characters, and a cap on the values one `in` may
 * carry (Zoho answers VALUE_LIMIT_EXCEEDED_IN_CRITERIA past it without documenting the number, so each `in`
 * carries a modest 100). Each returned criteria is one bulk read job.
 */
export const MAX_CRITERIA = 25;
export const VALUES_PER_CONDITION = 100;
export const MAX_CRITERIA_VALUE_CHARS = 255;

type Condition = { field: { api_name: string }; comparator: 'in'; value: string[] };
export type ValueCriteria = Condition | { group_operator: 'or'; group: Condition[] };

/** Whether Zoho can look a value up at all (empty and over-long values cannot be put in criteria). */
export function canLookUp(value: string): boolean {
  return value.length > 0 && value.length <= MAX_CRITERIA_VALUE_CHARS;
}

export function valueCriteria(
  apiName: string,
  values: readonly string[],
  limits = { conditions: MAX_CRITERIA, valuesPerCondition: VALUES_PER_CONDITION },
): ValueCriteria[] {
  const conditions: Condition[] = [];
  for (let at = 0; at < values.length; at += limits.valuesPerCondition)
    conditions.push({
      field: { api_name: apiName },
      comparator: 'in',
      value: values.slice(at, at + limits.valuesPerCondition),
    });
  const jobs: ValueCriteria[] = [];
  for (let at = 0; at < conditions.length; at += limits.conditions) {
    const group = conditions.slice(at, at + limits.conditions);
    // A group needs two conditions or more: one condition goes on its own.
    jobs.push(group.length === 1 ? (group[0] as Condition) : { group_operator: 'or', group });
  }
  return jobs;
}
