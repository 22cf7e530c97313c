import type { WizardState } from '@/components/csv/import-wizard-reducer';
import type { CrmField, CrmLayout } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { checkMapping } from '@/lib/mapping/check-mapping';
import type { MappingProblem } from '@/lib/mapping/mapping-problem';
import type { MappingState } from '@/lib/mapping/mapping-state';

/** The key column names the parent (the server fills the child's parent lookup from it): it feeds no field. */
export function leaveOutKey(mapping: MappingState, keyColumn: number): MappingState {
  if (mapping.columns[keyColumn]?.kind === 'ignored') return mapping;
  return { ...mapping, columns: { ...mapping.columns, [keyColumn]: { kind: 'ignored' } } };
}

export type ChildProblemsInput = {
  mapping: MappingState;
  columns: ColumnProfile[];
  fields: CrmField[];
  layouts: CrmLayout[];
};

/** The parent board's checks for a child file (children are always inserted), plus: something must be mapped. */
export function childFileProblems({
  mapping,
  columns,
  fields,
  layouts,
}: ChildProblemsInput): MappingProblem[] {
  const problems = checkMapping({
    state: mapping,
    columns,
    fields,
    layouts,
    settings: { operation: 'insert' },
  });
  const isAnythingMapped =
    Object.values(mapping.columns).some((column) => column.kind === 'matched') ||
    Object.keys(mapping.fieldDefaults).length > 0;
  if (isAnythingMapped) return problems;
  return [
    {
      severity: 'error',
      code: 'child_nothing_mapped',
      message: 'Map at least one column: a row with nothing but its parent key adds nothing to Zoho.',
    },
    ...problems,
  ];
}

type BlockerInput = {
  position: number;
  scan: WizardState;
  module: string | undefined;
  isFieldsError: boolean;
  isBoardReady: boolean;
  problems: MappingProblem[];
};

/** Why a child file cannot go yet, in words for the start panel; null when it can. */
export function childFileBlocker({
  position,
  scan,
  module,
  isFieldsError,
  isBoardReady,
  problems,
}: BlockerInput) {
  const name = scan.file?.name ?? `Child file ${position}`;
  if (!scan.file) return `Child file ${position}: choose its CSV file or remove it.`;
  if (scan.status === 'failed') return `${name} could not be read: choose another file or remove it.`;
  if (scan.status !== 'done' && scan.status !== 'cancelled') return `${name} is still being read.`;
  if (!module) return `${name}: choose the field it feeds.`;
  if (isFieldsError) return `${name}: the fields of ${module} could not be read.`;
  if (!isBoardReady) return `${name}: reading the fields of ${module}…`;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) return `${name}: ${errors} mapping ${errors === 1 ? 'problem' : 'problems'} to fix.`;
  return null;
}
