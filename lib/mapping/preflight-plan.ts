import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import type { JobSettings } from './job-settings';
import { mandatoryFields } from './mandatory-fields';
import type { MappingState, MatchOptions } from './mapping-state';
import { type ValueProblem, valueProblem } from './value-fits';

export type PlannedColumn = {
  index: number;
  field: CrmField;
  options: MatchOptions;
  /** Date parsing is the row check's slowest step and dates repeat: verdicts by value (bounded). */
  verdicts?: Map<string, ValueProblem | null>;
};
export type PlannedDefault = { field: CrmField; value: string; isValid: boolean };

/** What the row check needs, worked out once per run rather than once per row. */
export type PreflightPlan = {
  columns: PlannedColumn[];
  /** Fields fed by a value without a column (Zoho's `default_value` without `index`). */
  defaults: PlannedDefault[];
  /** Mandatory on insert and fed by nothing: every new record misses them. */
  unfedMandatory: CrmField[];
  /** Mandatory fields Zoho checks on insert; the owner is exempt (Zoho uses the job's user). */
  mandatory: Set<string>;
  unique: CrmField[];
  operation: JobSettings['operation'];
  findBy?: { apiName: string; label: string; column?: PlannedColumn };
  ignoreEmpty: boolean;
};

type PlanInput = { fields: CrmField[]; layouts: CrmLayout[]; settings: JobSettings; mapping: MappingState };

export function planPreflight({ fields, layouts, settings, mapping }: PlanInput): PreflightPlan {
  const byName = new Map(fields.map((f) => [f.apiName, f]));
  const columns = Object.entries(mapping.columns)
    .flatMap(([key, column]): PlannedColumn[] => {
      if (column.kind !== 'matched') return [];
      const { kind: _kind, apiName, suggestion: _suggestion, ...options } = column;
      const field = byName.get(apiName);
      if (!field) return [];
      const isDate = field.dataType === 'date' || field.dataType === 'datetime';
      return [{ index: Number(key), field, options, ...(isDate ? { verdicts: new Map() } : {}) }];
    })
    .sort((a, b) => a.index - b.index);
  const defaults = Object.entries(mapping.fieldDefaults).flatMap(([apiName, raw]): PlannedDefault[] => {
    const field = byName.get(apiName);
    const value = raw.trim();
    if (!field || value === '') return [];
    return [{ field, value, isValid: valueProblem(value, field) === undefined }];
  });
  const fed = new Set([...columns.map((c) => c.field.apiName), ...defaults.map((d) => d.field.apiName)]);
  const mandatory = mandatoryFields(fields, layouts, settings.layoutId).filter(
    (f) => f.dataType !== 'ownerlookup',
  );
  const findByColumn = columns.find((c) => c.field.apiName === settings.findBy);
  return {
    columns,
    defaults,
    unfedMandatory: mandatory.filter((f) => !fed.has(f.apiName)),
    mandatory: new Set(mandatory.map((f) => f.apiName)),
    unique: columns.map((c) => c.field).filter((f) => f.isUnique && f.apiName !== settings.findBy),
    operation: settings.operation,
    findBy: settings.findBy
      ? {
          apiName: settings.findBy,
          label:
            byName.get(settings.findBy)?.label ?? (settings.findBy === 'id' ? 'Record Id' : settings.findBy),
          column: findByColumn,
        }
      : undefined,
    ignoreEmpty: settings.ignoreEmpty,
  };
}
