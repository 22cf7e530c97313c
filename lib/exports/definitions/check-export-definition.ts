import {
  type Comparator,
  comparatorLabel,
  comparatorsFor,
  isEmptyComparator,
  isListComparator,
  isRangeComparator,
} from '../../zoho/wire/comparators';
import type { CriteriaCondition, CriteriaGroup, ExportDefinition } from './export-definition';
import type { CatalogField, FieldCatalog } from './field-catalog';

export type DefinitionIssue = { path: (string | number)[]; message: string };

export const MAX_CONDITIONS = 25;
const ICS_MODULE = 'Events';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/** Why one value does not suit the field, or undefined when it does. */
function valueProblem(value: string, field: CatalogField): string | undefined {
  if (value.trim() === '') return 'Enter a value.';
  switch (field.dataType) {
    case 'integer':
    case 'bigint':
    case 'double':
    case 'currency':
    case 'percent':
      return Number.isFinite(Number(value)) ? undefined : `${field.label} takes a number.`;
    case 'date':
      return DATE.test(value) ? undefined : 'Pick a date.';
    case 'datetime':
      return DATETIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'Pick a date and time.';
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'Pick true or false.';
    case 'picklist':
    case 'multiselectpicklist':
      return !field.picklistValues || field.picklistValues.includes(value)
        ? undefined
        : `"${value}" is not one of ${field.label}'s values.`;
    default:
      return undefined;
  }
}

function checkCondition(condition: CriteriaCondition, path: (string | number)[], catalog: FieldCatalog) {
  const issues: DefinitionIssue[] = [];
  const field = catalog.get(condition.field);
  if (!field) return [{ path: [...path, 'field'], message: 'Pick a field.' }];
  if (field.dataType !== condition.dataType)
    issues.push({
      path: [...path, 'field'],
      message: `${field.label} is now a ${field.dataType} field: pick it again.`,
    });
  const comparator: Comparator = condition.comparator;
  if (!comparatorsFor(field.dataType).includes(comparator)) {
    return [
      ...issues,
      {
        path: [...path, 'comparator'],
        message: `"${comparatorLabel(comparator, field.dataType)}" does not apply to ${field.label} (a ${field.dataType} field).`,
      },
    ];
  }
  if (isEmptyComparator(comparator)) return issues;
  if (isRangeComparator(comparator)) {
    const [from = '', to = ''] = condition.values;
    const problem = valueProblem(from, field) ?? valueProblem(to, field);
    if (condition.values.length !== 2 || problem)
      issues.push({ path: [...path, 'values'], message: problem ?? 'Enter both ends of the range.' });
    else if (Date.parse(from) > Date.parse(to))
      issues.push({ path: [...path, 'values'], message: 'The range ends before it starts.' });
  } else if (isListComparator(comparator)) {
    const problem = condition.values.map((value) => valueProblem(value, field)).find(Boolean);
    if (condition.values.length === 0 || problem)
      issues.push({ path: [...path, 'values'], message: problem ?? 'Add at least one value.' });
  } else {
    const problem = valueProblem(condition.value, field);
    if (problem) issues.push({ path: [...path, 'value'], message: problem });
  }
  return issues;
}

function checkGroup(
  group: CriteriaGroup,
  path: (string | number)[],
  catalog: FieldCatalog,
  count: { n: number },
) {
  const issues: DefinitionIssue[] = [];
  if (group.children.length === 0)
    issues.push({
      path: [...path, 'children'],
      message:
        path.length === 1
          ? 'Add a condition, or choose "All records".'
          : 'Add a condition to this group, or remove the group.',
    });
  group.children.forEach((child, index) => {
    const childPath = [...path, 'children', index];
    if (child.type === 'group') issues.push(...checkGroup(child, childPath, catalog, count));
    else {
      count.n += 1;
      issues.push(...checkCondition(child, childPath, catalog));
    }
  });
  return issues;
}

/**
 * What Zoho would refuse (or a person would not mean), found before anything is sent: the same checks run in
 * the builder and in the route.
 */
export function checkExportDefinition(
  definition: ExportDefinition,
  catalog: FieldCatalog,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (definition.fileType === 'ics' && definition.module !== ICS_MODULE)
    issues.push({
      path: ['fileType'],
      message: 'Calendar (ICS) files are for Meetings (Events) only. Pick CSV.',
    });
  if (definition.fileType === 'ics' && definition.fields.length > 0)
    issues.push({
      path: ['fields'],
      message: 'A calendar export takes no field list: Zoho exports whole meetings.',
    });
  definition.fields.forEach((path, index) => {
    if (!catalog.has(path))
      issues.push({ path: ['fields', index], message: `${path} is not a field of ${definition.module}.` });
  });
  if (definition.filter === 'cvid' && !/^\d{1,30}$/.test(definition.cvid))
    issues.push({ path: ['cvid'], message: "Enter the custom view's id (the digits in its URL in Zoho)." });
  if (definition.filter === 'criteria') {
    const count = { n: 0 };
    issues.push(...checkGroup(definition.criteria, ['criteria'], catalog, count));
    if (count.n > MAX_CONDITIONS)
      issues.push({
        path: ['criteria'],
        message: `Zoho takes at most ${MAX_CONDITIONS} conditions; this has ${count.n}.`,
      });
  }
  return issues;
}
