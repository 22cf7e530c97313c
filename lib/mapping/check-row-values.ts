import { isLookupType } from '@/lib/crm/crm-field';
import { unknownPicklistValues } from './check-column';
import type { PlannedColumn, PreflightPlan } from './preflight-plan';
import type { RowIssue } from './preflight-tally';
import { comparableValue, type ValueProblem, valueProblem } from './value-fits';

type At = { apiName: string; columnIndex?: number; label: string };

export type RowValues = {
  issues: RowIssue[];
  /** Every mapped cell is blank: Zoho's CSV reader drops the line without a result. */
  isEmpty: boolean;
  /** The row's find_by value as Zoho compares it; '' when empty or invalid. */
  key: string;
  emptyMandatory: At[];
  /** Unique fields (other than find_by) → comparable value, or null when the cell is empty. */
  unique: Map<string, string | null>;
  lookups: At[];
};

/** One row's cells judged on their own: what doesn't parse or fit, what is empty, what Zoho must look up. */
export function checkRowValues(plan: PreflightPlan, values: readonly string[]): RowValues {
  const row: RowValues = {
    issues: [],
    isEmpty: false,
    key: '',
    emptyMandatory: [],
    unique: new Map(),
    lookups: [],
  };
  if (plan.columns.length > 0 && plan.columns.every((c) => (values[c.index] ?? '').trim() === '')) {
    row.isEmpty = true;
    return row;
  }
  for (const column of plan.columns) {
    const { index, field, options } = column;
    const at = { apiName: field.apiName, columnIndex: index, label: field.label };
    const cell = (values[index] ?? '').trim();
    const value = cell || (options.defaultValue ?? '').trim();
    const isKey = plan.findBy?.apiName === field.apiName;
    if (field.isReadOnly) {
      if (isKey) row.key = value;
      continue;
    }
    if (value === '') {
      if (plan.mandatory.has(field.apiName)) row.emptyMandatory.push(at);
      if (field.isUnique && !isKey) row.unique.set(field.apiName, null);
      continue;
    }
    if (isLookupType(field.dataType)) {
      row.lookups.push(at);
      continue;
    }
    const problem = judge(column, value);
    if (problem) {
      row.issues.push({
        severity: 'skip',
        code: problem.code,
        apiName: field.apiName,
        columnIndex: index,
        detail: problem.detail,
      });
      continue;
    }
    if (isKey) row.key = comparableValue(value, field);
    else if (field.isUnique) row.unique.set(field.apiName, comparableValue(value, field));
    const [added] = unknownPicklistValues([value], field, options);
    if (added !== undefined) {
      const detail = `"${added}" is added to ${field.label}'s picklist`;
      row.issues.push({
        severity: 'warning',
        code: 'picklist_added',
        apiName: field.apiName,
        columnIndex: index,
        detail,
      });
    }
  }
  for (const { field, value, isValid } of plan.defaults) {
    const at = { apiName: field.apiName, label: field.label };
    if (!isValid)
      row.issues.push({
        severity: 'skip',
        code: 'invalid_value',
        apiName: field.apiName,
        detail: `Default "${value}" does not fit`,
      });
    else if (isLookupType(field.dataType)) row.lookups.push(at);
  }
  return row;
}

const MAX_VERDICTS = 10_000;

function judge(column: PlannedColumn, value: string): ValueProblem | undefined {
  const known = column.verdicts?.get(value);
  if (known !== undefined) return known ?? undefined;
  const problem = valueProblem(value, column.field, column.options.format);
  if (column.verdicts && column.verdicts.size < MAX_VERDICTS) column.verdicts.set(value, problem ?? null);
  return problem;
}
