import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import type { PreflightInput, PreflightSummary, RowIssue } from '@/lib/mapping/create-preflight';

export type PreflightRequest = {
  type: 'run';
  file: Blob;
  parseOptions: CsvParseOptions;
  input: PreflightInput;
};

/** A row with something to skip or warn about, kept (up to a cap) for the row grid. */
export type ProblemRow = { record: number; cells: string[]; issues: RowIssue[] };

export type PreflightProgress = { type: 'progress'; bytesRead: number; rows: number };
export type PreflightDone = {
  type: 'done';
  summary: PreflightSummary;
  problemRows: ProblemRow[];
  /** More rows had problems than the grid keeps. */
  isTruncated: boolean;
};
export type PreflightFailed = { type: 'failed'; message: string };

export type PreflightResponse = PreflightProgress | PreflightDone | PreflightFailed;
