import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { checkColumn } from './check-column';
import type { JobSettings } from './job-settings';
import { mandatoryFields } from './mandatory-fields';
import type { MappingProblem } from './mapping-problem';
import { columnFor, type MappingState } from './mapping-state';

/** Zoho refuses a job with more mapped fields than this (`HEADER_LIMIT_EXCEEDED`). */
export const MAX_MAPPED_FIELDS = 200;

type Input = {
  state: MappingState;
  columns: ColumnProfile[];
  fields: CrmField[];
  layouts: CrmLayout[];
  settings: Pick<JobSettings, 'operation' | 'findBy' | 'layoutId'>;
};

/** Everything to fix or know before sending, each with what to do; errors first. */
export function checkMapping({ state, columns, fields, layouts, settings }: Input): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byName = new Map(fields.map((f) => [f.apiName, f]));
  for (const field of mandatoryFields(fields, layouts, settings.layoutId)) {
    const isFed = columnFor(state, field.apiName) !== undefined || field.apiName in state.fieldDefaults;
    if (!isFed) {
      problems.push({
        severity: 'error',
        code: 'mandatory_unmapped',
        apiName: field.apiName,
        message: `${field.label} is mandatory: map a column onto it or give it a default value.`,
      });
    }
  }
  problems.push(...checkFindBy(state, byName, settings));
  let mapped = 0;
  for (const column of columns) {
    const mapping = state.columns[column.index];
    if (mapping?.kind !== 'matched') continue;
    mapped++;
    const field = byName.get(mapping.apiName);
    if (!field) {
      problems.push({
        severity: 'error',
        code: 'unknown_field',
        columnIndex: column.index,
        message: `"${column.header}" is mapped to ${mapping.apiName}, which this module no longer has. Map it again.`,
      });
      continue;
    }
    problems.push(...checkColumn(column, field, mapping));
  }
  if (mapped + Object.keys(state.fieldDefaults).length > MAX_MAPPED_FIELDS) {
    problems.push({
      severity: 'error',
      code: 'too_many_fields',
      message: `Zoho takes at most ${MAX_MAPPED_FIELDS} mapped fields per job; mark the columns you don't need as "don't import".`,
    });
  }
  return problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function checkFindBy(
  state: MappingState,
  byName: Map<string, CrmField>,
  settings: Input['settings'],
): MappingProblem[] {
  const error = (code: string, message: string): MappingProblem[] => [{ severity: 'error', code, message }];
  if (!settings.findBy) {
    return settings.operation === 'insert'
      ? []
      : error(
          'find_by_required',
          `${settings.operation} needs a field to find existing records by: choose a unique field or the record id.`,
        );
  }
  if (settings.findBy === 'id') {
    return columnFor(state, 'id') === undefined
      ? error(
          'find_by_unmapped',
          'Finding records by id needs a column of record ids mapped onto Record Id (id).',
        )
      : [];
  }
  const field = byName.get(settings.findBy);
  if (!field?.isUnique) {
    return error(
      'find_by_not_unique',
      `${field?.label ?? settings.findBy} is not a unique field; Zoho can only find records by a unique field or the record id.`,
    );
  }
  if (columnFor(state, field.apiName) === undefined) {
    return error(
      'find_by_unmapped',
      `Records are found by ${field.label}, so map a column onto ${field.label}.`,
    );
  }
  return [];
}
