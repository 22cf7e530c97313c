import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import type { WorkerDone, WorkerPreview } from './csv-worker-messages';
import { importWizardReducer, initialWizardState, type WizardState } from './import-wizard-reducer';

const file = new File(['a,b\n1,2\n'], 'people.csv');
const preview: WorkerPreview = {
  type: 'preview',
  options: DEFAULT_PARSE_OPTIONS,
  detectedEncoding: {
    encoding: 'utf-8',
    hasBom: false,
    reason: 'valid UTF-8',
    isCertain: true,
    candidates: [],
  },
  sepLine: null,
  headerSuggestion: null,
  headers: ['a', 'b'],
  rows: [{ record: 2, cells: ['1', '2'] }],
  problems: [],
  elapsedMs: 12,
};

function chosen(): WizardState {
  return importWizardReducer(initialWizardState, { type: 'fileChosen', file });
}

describe('importWizardReducer', () => {
  it('a changed option starts a new run and keeps earlier overrides', () => {
    let state = chosen();
    state = importWizardReducer(state, { type: 'optionsChanged', overrides: { delimiter: ';' } });
    state = importWizardReducer(state, { type: 'optionsChanged', overrides: { headerRow: 2 } });
    expect(state).toMatchObject({ runId: 3, status: 'reading', overrides: { delimiter: ';', headerRow: 2 } });
  });

  it('ignores messages from a worker of an earlier run', () => {
    const state = importWizardReducer(chosen(), { type: 'optionsChanged', overrides: { delimiter: ';' } });
    const stale = importWizardReducer(state, { type: 'worker', runId: 1, message: preview });
    expect(stale.headers).toEqual([]);
    const fresh = importWizardReducer(state, { type: 'worker', runId: 2, message: preview });
    expect(fresh).toMatchObject({ headers: ['a', 'b'], status: 'scanning', options: DEFAULT_PARSE_OPTIONS });
  });

  it('goes on to mapping only once the scan has ended, and back again', () => {
    let state = importWizardReducer(chosen(), { type: 'worker', runId: 1, message: preview });
    expect(importWizardReducer(state, { type: 'continued' }).step).toBe('preview');
    state = importWizardReducer(state, { type: 'cancelRequested' });
    const done: WorkerDone = {
      type: 'done',
      progress: { bytesRead: 8, rows: 1, elapsedMs: 3 },
      profiles: [],
      problems: [],
      isCancelled: true,
      encodingSuggestion: null,
    };
    state = importWizardReducer(state, { type: 'worker', runId: 1, message: done });
    expect(state.status).toBe('cancelled');
    state = importWizardReducer(state, { type: 'continued' });
    expect(state.step).toBe('mapping');
    expect(importWizardReducer(state, { type: 'backToPreview' }).step).toBe('preview');
  });

  it('a failed read keeps the options it tried, so the admin can change them', () => {
    const options = { ...DEFAULT_PARSE_OPTIONS, headerRow: 40 };
    const failed = {
      type: 'failed',
      code: 'no_columns',
      message: 'No rows from row 40 on: choose an earlier header row.',
      tried: { options, detectedEncoding: preview.detectedEncoding },
    } as const;
    const state = importWizardReducer(chosen(), { type: 'worker', runId: 1, message: failed });
    expect(state).toMatchObject({ status: 'failed', options, error: failed.message });
  });
});
