/** What `fieldmap` exits with; scripts branch on these (README lists them). */
export const EXIT = {
  /** Done: every row is in the CRM (or the command simply succeeded). */
  ok: 0,
  /** Could not run: bad usage, unreadable or non-CSV file, server unreachable, token refused. */
  error: 1,
  /** The import finished, but some rows are not in the CRM (failed, skipped, unprocessed or excluded). */
  someRowsNotIn: 2,
  /** Fieldmap refused the import (template drift, invalid mapping) or it failed or was cancelled. */
  refused: 3,
  /** The import finished but its books do not balance: rows in the file ≠ rows accounted for. */
  unreconciled: 4,
  /** A chunk needs an admin's decision in the console before the import can go on. */
  needsAttention: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: one clear line for the person at the terminal, and the code for their script. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
