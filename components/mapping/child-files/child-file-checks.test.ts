import { describe, expect, it } from 'vitest';
import { initialWizardState, type WizardState } from '@/components/csv/import-wizard-reducer';
import type { CrmField } from '@/lib/crm/crm-field';
import { profiles } from '@/lib/mapping/leads-fixture';
import { emptyMapping } from '@/lib/mapping/mapping-state';
import { childFileBlocker, childFileProblems, leaveOutKey } from './child-file-checks';

const base = { isMandatory: false, isUnique: false, isReadOnly: false, isCustom: false };
const PRODUCTS: CrmField = {
  ...base,
  apiName: 'Products',
  label: 'Products',
  dataType: 'lookup',
  lookupModule: 'Products',
  isMandatory: true,
};
const NOTES: CrmField = { ...base, apiName: 'Notes', label: 'Notes', dataType: 'text' };

describe('leaveOutKey', () => {
  it('marks the column naming the parent "don\'t import", whatever it was mapped to', () => {
    const mapping = {
      ...emptyMapping([0, 1]),
      columns: { 0: { kind: 'matched', apiName: 'Notes' } as const },
    };
    expect(leaveOutKey(mapping, 0).columns[0]).toEqual({ kind: 'ignored' });
  });
});

describe('childFileProblems', () => {
  it('asks for at least one mapped column', () => {
    const problems = childFileProblems({
      mapping: emptyMapping([1]),
      columns: profiles('Lead', 'Notes').slice(1),
      fields: [NOTES],
      layouts: [],
    });
    expect(problems.map((p) => p.code)).toEqual(['child_nothing_mapped']);
  });

  it("runs the board's checks: a linking module's other lookup is mandatory", () => {
    const mapping = { columns: { 1: { kind: 'matched', apiName: 'Notes' } as const }, fieldDefaults: {} };
    const problems = childFileProblems({
      mapping,
      columns: profiles('Lead', 'Notes').slice(1),
      fields: [PRODUCTS, NOTES],
      layouts: [],
    });
    expect(problems.map((p) => p.code)).toContain('mandatory_unmapped');
  });
});

describe('childFileBlocker', () => {
  const read: WizardState = {
    ...initialWizardState,
    file: new File(['x'], 'visits.csv'),
    status: 'done',
  };
  const input = {
    position: 2,
    scan: read,
    module: 'Visits',
    isFieldsError: false,
    isBoardReady: true,
    problems: [],
  };

  it('says what is left to do, in order', () => {
    expect(childFileBlocker({ ...input, scan: initialWizardState })).toBe(
      'Child file 2: choose its CSV file or remove it.',
    );
    expect(childFileBlocker({ ...input, scan: { ...read, status: 'scanning' } })).toBe(
      'visits.csv is still being read.',
    );
    expect(
      childFileBlocker({
        ...input,
        problems: [
          { severity: 'error', code: 'x', message: 'x' },
          { severity: 'warning', code: 'y', message: 'y' },
        ],
      }),
    ).toBe('visits.csv: 1 mapping problem to fix.');
  });

  it('is null once the file can go', () => {
    expect(childFileBlocker(input)).toBeNull();
  });
});
