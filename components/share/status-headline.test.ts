import { describe, expect, it } from 'vitest';
import type { PublicImportView } from '@/lib/share-links/public-job-view';
import { childFilesHeadline, retryHeadline, statusHeadline } from './status-headline';

const base: PublicImportView = {
  kind: 'import',
  displayName: 'Spring contacts',
  module: 'Contacts',
  operation: 'insert',
  status: 'running',
  reconciled: null,
  isTestRun: false,
  rowsInFile: 5000,
  rowsDone: 1200,
  counts: { added: 1190, updated: 0, skipped: 4, failed: 6, unprocessed: 0, excluded: 0 },
  chunks: [],
  errors: [],
  files: [],
  cumulative: null,
  startedAt: null,
  finishedAt: null,
  updatedAt: '2026-11-23T10:00:00.000Z',
  generatedAt: '2026-11-23T10:00:01.000Z',
};

describe('status headline', () => {
  it('says how far a running import is, and how many rows did not go in', () => {
    expect(statusHeadline(base)).toBe(
      'In progress: 1,200 of 5,000 rows done so far. 10 rows did not go in (see why below).',
    );
  });

  it('counts rows in the CRM when finished, and never calls an unreconciled import finished', () => {
    const done = { ...base, status: 'completed' as const, rowsDone: 5000, reconciled: true };
    const counts = { added: 4000, updated: 990, skipped: 0, failed: 10, unprocessed: 0, excluded: 0 };
    expect(statusHeadline({ ...done, counts })).toBe(
      'Finished: 4,990 rows are in the CRM. 10 rows did not go in (see why below).',
    );
    expect(statusHeadline({ ...done, reconciled: false })).toMatch(/^Finished, but the counts do not add up/);
  });

  it('sums up the import and its retries', () => {
    expect(retryHeadline({ inCrm: 4812, rowsInFile: 5000, retries: 2 })).toBe(
      'After 2 retries, 4,812 of 5,000 rows are in the CRM.',
    );
    expect(retryHeadline({ inCrm: 9, rowsInFile: 9, retries: 1 })).toBe(
      'After 1 retry, all 9 rows are in the CRM.',
    );
  });

  it('sums up the child files of a parent-child import', () => {
    const file = (role: 'parent' | 'child', added: number, excluded: number) => ({
      role,
      module: 'Visits',
      label: 'Visits (subform)',
      rowsInFile: added + excluded,
      counts: { ...base.counts, added, updated: 0, skipped: 0, failed: 0, excluded },
      rowsDone: added + excluded,
      reconciled: true,
      errors: [],
    });
    expect(childFilesHeadline([])).toBeNull();
    expect(childFilesHeadline([file('parent', 12, 0), file('child', 8, 1), file('child', 12, 0)])).toBe(
      'With 2 child files: 20 rows in the CRM, 1 did not go in (see the files below).',
    );
  });
});
