import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { PreviewRow } from '@/lib/csv/create-csv-scan';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { CsvProblem } from '@/lib/csv/csv-problems';
import type { HeaderRowSuggestion } from '@/lib/csv/detect-header-row';
import type { ScanProgress } from '@/lib/csv/scan-csv-stream';
import type { EncodingCandidate, EncodingGuess } from '@/lib/csv/sniff-encoding';
import type { WorkerResponse } from './csv-worker-messages';

export type ScanStatus = 'idle' | 'reading' | 'scanning' | 'cancelling' | 'done' | 'cancelled' | 'failed';

export type WizardState = {
  step: 'pick' | 'preview' | 'mapping';
  file: File | null;
  /** Bumped on every (re-)parse; messages from an older worker are ignored. */
  runId: number;
  overrides: Partial<CsvParseOptions>;
  options: CsvParseOptions | null;
  detectedEncoding: EncodingGuess | null;
  encodingSuggestion: EncodingCandidate | null;
  sepLine: string | null;
  headerSuggestion: HeaderRowSuggestion | null;
  headers: string[];
  rows: PreviewRow[];
  previewMs: number | null;
  status: ScanStatus;
  progress: ScanProgress | null;
  profiles: ColumnProfile[];
  problems: CsvProblem[];
  error: string | null;
  /** What kind of failure `error` is (an .xlsx named .csv can be opened as the workbook it is). */
  errorCode: string | null;
};

export type WizardAction =
  | { type: 'fileChosen'; file: File }
  | { type: 'fileRejected'; message: string }
  | { type: 'optionsChanged'; overrides: Partial<CsvParseOptions> }
  | { type: 'worker'; runId: number; message: WorkerResponse }
  | { type: 'cancelRequested' }
  | { type: 'continued' }
  | { type: 'backToPreview' }
  | { type: 'reset' };

export const initialWizardState: WizardState = {
  step: 'pick',
  file: null,
  runId: 0,
  overrides: {},
  options: null,
  detectedEncoding: null,
  encodingSuggestion: null,
  sepLine: null,
  headerSuggestion: null,
  headers: [],
  rows: [],
  previewMs: null,
  status: 'idle',
  progress: null,
  profiles: [],
  problems: [],
  error: null,
  errorCode: null,
};

function restart(state: WizardState, file: File, overrides: Partial<CsvParseOptions>): WizardState {
  return {
    ...initialWizardState,
    step: 'preview',
    file,
    overrides,
    runId: state.runId + 1,
    status: 'reading',
  };
}

function onWorker(state: WizardState, message: WorkerResponse): WizardState {
  switch (message.type) {
    case 'preview': {
      const { options, detectedEncoding, sepLine, headerSuggestion, headers, rows, problems, elapsedMs } =
        message;
      const status = state.status === 'reading' ? 'scanning' : state.status;
      return {
        ...state,
        options,
        detectedEncoding,
        sepLine,
        headerSuggestion,
        headers,
        rows,
        problems,
        previewMs: elapsedMs,
        status,
      };
    }
    case 'progress':
      return { ...state, progress: message.progress, problems: message.problems };
    case 'done': {
      const status = message.isCancelled ? 'cancelled' : 'done';
      return {
        ...state,
        status,
        progress: message.progress,
        profiles: message.profiles,
        problems: message.problems,
        encodingSuggestion: message.encodingSuggestion,
      };
    }
    case 'failed': {
      const tried = message.tried ?? { options: state.options, detectedEncoding: state.detectedEncoding };
      const errorCode =
        message.code === 'spreadsheet' && message.kind?.includes('.xlsx') ? 'workbook' : message.code;
      return {
        ...state,
        ...tried,
        headers: [],
        rows: [],
        status: 'failed',
        error: message.message,
        errorCode,
      };
    }
  }
}

/** The whole new-import wizard moves through this one reducer. */
export function importWizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'fileChosen':
      return restart(state, action.file, {});
    case 'fileRejected':
      return { ...initialWizardState, runId: state.runId + 1, error: action.message };
    case 'optionsChanged':
      return state.file ? restart(state, state.file, { ...state.overrides, ...action.overrides }) : state;
    case 'worker':
      return action.runId === state.runId ? onWorker(state, action.message) : state;
    case 'cancelRequested':
      return state.status === 'scanning' || state.status === 'reading'
        ? { ...state, status: 'cancelling' }
        : state;
    case 'continued':
      return state.headers.length > 0 && (state.status === 'done' || state.status === 'cancelled')
        ? { ...state, step: 'mapping' }
        : state;
    case 'backToPreview':
      return { ...state, step: 'preview' };
    case 'reset':
      return { ...initialWizardState, runId: state.runId + 1 };
  }
}
