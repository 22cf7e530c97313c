import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { PreviewRow } from '@/lib/csv/create-csv-scan';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { CsvProblem } from '@/lib/csv/csv-problems';
import type { HeaderRowSuggestion } from '@/lib/csv/detect-header-row';
import type { UnreadableFile } from '@/lib/csv/detect-unreadable-file';
import type { ScanProgress } from '@/lib/csv/scan-csv-stream';
import type { EncodingCandidate, EncodingGuess } from '@/lib/csv/sniff-encoding';

export type WorkerRequest =
  | { type: 'scan'; file: File; overrides: Partial<CsvParseOptions> }
  | { type: 'cancel' };

export type WorkerPreview = {
  type: 'preview';
  options: CsvParseOptions;
  detectedEncoding: EncodingGuess;
  /** The delimiter named by Excel's `sep=X` first line, when the file has one. */
  sepLine: string | null;
  headerSuggestion: HeaderRowSuggestion | null;
  headers: string[];
  rows: PreviewRow[];
  problems: CsvProblem[];
  elapsedMs: number;
};

export type WorkerProgress = { type: 'progress'; progress: ScanProgress; problems: CsvProblem[] };

export type WorkerDone = {
  type: 'done';
  progress: ScanProgress;
  profiles: ColumnProfile[];
  problems: CsvProblem[];
  isCancelled: boolean;
  /** Bytes further in the file did not decode: the encoding they most likely are (offered, never applied). */
  encodingSuggestion: EncodingCandidate | null;
};

export type WorkerFailed = {
  type: 'failed';
  code: UnreadableFile['code'] | 'no_columns' | 'read_error';
  /** What a file that is not a CSV really is. */
  kind?: string;
  message: string;
  /** What was tried, so the admin can change it (e.g. an earlier header row, another encoding). */
  tried?: { options: CsvParseOptions; detectedEncoding: EncodingGuess };
};

export type WorkerResponse = WorkerPreview | WorkerProgress | WorkerDone | WorkerFailed;
