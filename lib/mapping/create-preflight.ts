import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import { checkRowValues } from './check-row-values';
import { createInFileRecords, type InFileRecords } from './in-file-records';
import type { JobSettings } from './job-settings';
import type { MappingState } from './mapping-state';
import { preflightMessage } from './preflight-messages';
import { planPreflight } from './preflight-plan';
import { createTally, type PreflightSummary, type RowIssue } from './preflight-tally';

export type { PreflightReason, PreflightSummary, RowIssue } from './preflight-tally';

export type PreflightInput = {
  fields: CrmField[];
  layouts: CrmLayout[];
  settings: JobSettings;
  mapping: MappingState;
};

const NO_ISSUES: readonly RowIssue[] = Object.freeze([]);

/**
 * The whole-file pre-flight: fed every data record in file order (record numbers as in the file, header included),
 * it predicts which rows Zoho would skip for reasons inside the file, and lists what Zoho decides from its data.
 * Pure and isomorphic: the browser's worker runs it for the admin, the server again before splitting.
 * `add` also returns the row's findings (for the row grid); callers may ignore them.
 */
export function createPreflight(
  input: PreflightInput,
  /** Where earlier rows' keys and unique values are kept; the server may keep them on disk for huge files. */
  options: { records?: InFileRecords } = {},
) {
  const plan = planPreflight(input);
  const fieldsByName = new Map(input.fields.map((f) => [f.apiName, f]));
  const tally = createTally((issue) => preflightMessage(issue, plan, fieldsByName));
  const records = options.records ?? createInFileRecords({ ignoreEmpty: plan.ignoreEmpty });
  const invalid = new Set<number>();

  return {
    add(recordNumber: number, values: readonly string[]): readonly RowIssue[] {
      const row = checkRowValues(plan, values);
      const issues = row.issues;
      const skip = (code: string, apiName: string, detail: string, columnIndex?: number) =>
        issues.push({ severity: 'skip', code, apiName, columnIndex, detail });
      const decide = (code: string, apiName: string, detail: string, columnIndex?: number) =>
        issues.push({ severity: 'zoho_decides', code, apiName, columnIndex, detail });
      const { operation, findBy } = plan;
      const keyAt = findBy?.column?.index;

      if (row.isEmpty) {
        skip('empty_row', '', 'Every mapped cell is empty');
        invalid.add(recordNumber);
        tally.add(recordNumber, issues);
        return issues;
      }
      if (operation === 'update' && findBy && row.key === '')
        skip('find_by_empty', findBy.apiName, `${findBy.label} is empty`, keyAt);
      const isKnownKey = row.key !== '' && records.hasKey(row.key);
      // true: the row adds a record; false: it changes one; undefined: Zoho's data decides.
      const isNew = addsRecord(operation, row.key, isKnownKey);
      for (const { apiName, columnIndex, label } of row.emptyMandatory) {
        if (isNew === true) skip('mandatory_empty', apiName, `${label} is empty`, columnIndex);
        else if (isNew === undefined) decide('mandatory_if_new', apiName, `${label} is empty`, columnIndex);
      }
      for (const field of plan.unfedMandatory) {
        if (isNew === true) skip('mandatory_unmapped', field.apiName, `${field.label} has no value`);
        else if (isNew === undefined)
          decide('mandatory_if_new', field.apiName, `${field.label} has no value`);
      }
      const identity = row.key !== '' && operation !== 'insert' ? `key:${row.key}` : `row:${recordNumber}`;
      if (operation === 'insert' && isKnownKey && findBy)
        skip('duplicate_in_file', findBy.apiName, `${findBy.label} repeats an earlier row`, keyAt);
      for (const [apiName, value] of row.unique) {
        if (value === null || !records.clash(apiName, value, identity)) continue;
        const column = plan.columns.find((c) => c.field.apiName === apiName);
        skip(
          'duplicate_in_file',
          apiName,
          `${column?.field.label ?? apiName} repeats an earlier row`,
          column?.index,
        );
      }

      if (issues.some((issue) => issue.severity === 'skip')) {
        invalid.add(recordNumber);
        tally.add(recordNumber, issues);
        return issues;
      }
      if (isKnownKey && operation !== 'insert' && findBy)
        issues.push({
          severity: 'warning',
          code: 'same_record_again',
          apiName: findBy.apiName,
          columnIndex: keyAt,
          detail: 'Changes the same record as an earlier row',
        });
      if (findBy && row.key !== '' && !isKnownKey) {
        const code = operation === 'insert' ? 'find_by_exists' : 'find_by_match';
        decide(code, findBy.apiName, `${findBy.label} is checked against Zoho`, keyAt);
      }
      for (const [apiName, value] of row.unique) {
        const column = plan.columns.find((c) => c.field.apiName === apiName);
        if (value !== null) decide('unique_in_crm', apiName, 'Checked against Zoho', column?.index);
      }
      for (const lookup of row.lookups)
        decide('lookup_target', lookup.apiName, 'Looked up in Zoho', lookup.columnIndex);
      records.keep(identity, row.key, row.unique);
      tally.add(recordNumber, issues);
      return issues.length === 0 ? NO_ISSUES : issues;
    },
    invalidRecords: (): ReadonlySet<number> => invalid,
    summary: (): PreflightSummary => tally.summary(),
  };
}

/** true: the row adds a record; false: it changes one; undefined: Zoho's data decides (upsert, new key). */
function addsRecord(
  operation: JobSettings['operation'],
  key: string,
  isKnownKey: boolean,
): boolean | undefined {
  if (operation === 'insert') return true;
  if (operation === 'update') return false;
  if (key === '') return true;
  return isKnownKey ? false : undefined;
}
