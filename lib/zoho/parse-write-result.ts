import 'server-only';
import Papa from 'papaparse';
import type { RowOutcome } from '@/lib/db/schema';

export type ResultRow = {
  outcome: RowOutcome;
  recordId: string | null;
  errorCode: string | null;
  errorColumn: string | null;
  message: string | null;
  /** The leading mapped columns Zoho echoes back, to check the row is the one we sent at that position. */
  echoed: string[];
};

const OUTCOMES: Record<string, RowOutcome> = {
  ADDED: 'added',
  UPDATED: 'updated',
  SKIPPED: 'skipped',
  UNPROCESSED: 'unprocessed',
};

/**
 * Zoho's bulk write result CSV: up to three echoed columns, then RECORD_ID, STATUS, ERRORS, where ERRORS reads
 * `CODE-col1,col2:CODE2-col3` (docs/zoho.md, “Bulk write result file”).
 */
export function parseWriteResult(csv: string): { echoedHeaders: string[]; rows: ResultRow[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...records] = parsed.data;
  const at = (name: string) => header.findIndex((cell) => cell.trim().toUpperCase() === name);
  const recordIdAt = at('RECORD_ID');
  const statusAt = at('STATUS');
  const errorsAt = at('ERRORS');
  if (recordIdAt < 0 || statusAt < 0) throw new Error('The result file has no RECORD_ID / STATUS columns');
  const echoedCount = Math.min(recordIdAt, statusAt);
  return {
    echoedHeaders: header.slice(0, echoedCount),
    rows: records.map((record) => {
      const status = (record[statusAt] ?? '').trim().toUpperCase();
      const errors = errorsAt >= 0 ? (record[errorsAt] ?? '').trim() : '';
      const first = errors ? parseErrors(errors)[0] : undefined;
      return {
        outcome: OUTCOMES[status] ?? 'failed',
        recordId: (record[recordIdAt] ?? '').trim() || null,
        errorCode: first?.code ?? (OUTCOMES[status] ? null : status || 'UNKNOWN_STATUS'),
        errorColumn: first?.columns.join(', ') || null,
        message: errors || null,
        echoed: record.slice(0, echoedCount),
      };
    }),
  };
}

export function parseErrors(errors: string): { code: string; columns: string[] }[] {
  return errors
    .split(':')
    .filter(Boolean)
    .map((group) => {
      const dash = group.indexOf('-');
      if (dash < 0) return { code: group.trim(), columns: [] };
      return {
        code: group.slice(0, dash).trim(),
        columns: group
          .slice(dash + 1)
          .split(',')
          .map((column) => column.trim())
          .filter(Boolean),
      };
    });
}
