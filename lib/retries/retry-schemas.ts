import { z } from 'zod';
import type { RowOutcome } from '@/lib/db/schema/imports';

export const MAX_RETRY_ROWS = 2_000;
/** Rows the retry grid loads at once (the rest follow in the next retry). */
export const RETRY_GRID_ROWS = 500;

/** POST /api/imports/[id]/retry: which rows to send again, with the admin's fixes. */
export const createRetryBodySchema = z.object({
  records: z
    .array(z.number().int().min(2))
    .min(1, 'Choose at least one row to retry.')
    .max(MAX_RETRY_ROWS, `Retry at most ${MAX_RETRY_ROWS.toLocaleString('en-US')} rows at a time.`),
  /** record number → source column index → new cell value. */
  edits: z
    .record(z.string().regex(/^\d+$/), z.record(z.string().regex(/^\d+$/), z.string().max(32_768)))
    .default({}),
  /** Source column index → the Zoho field it should feed in this retry, or 'ignored' to leave it out. */
  remap: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(100)).default({}),
  /** Fixed values for fields no column feeds (Zoho fills them on every row), e.g. a missing mandatory field. */
  fieldDefaults: z.record(z.string().min(1).max(100), z.string().max(32_768)).default({}),
});
export const IGNORE_COLUMN = 'ignored';

export type CreateRetryBody = z.input<typeof createRetryBodySchema>;

/** A row that is not in the CRM after the latest attempt, with the values the next retry would start from. */
export type RetryRow = {
  recordNumber: number;
  outcome: RowOutcome;
  errorCode: string | null;
  /** The Zoho field the error named, and the CSV column that feeds it (if one does). */
  errorField: string | null;
  errorColumnIndex: number | null;
  message: string | null;
  values: string[];
};

export type RetryRowsView = {
  connectionId: string | null;
  module: string;
  headers: string[];
  /** Source column index → the Zoho field it is mapped to (unmapped columns absent). */
  mappedFields: Record<string, string>;
  fieldDefaults: Record<string, string>;
  rows: RetryRow[];
  total: number;
};

export type RetrySummary = {
  rootId: string;
  rowsInFile: number | null;
  inCrm: number;
  notInCrm: number;
  retries: { id: string; name: string; status: string; rowsSent: number; createdAt: string }[];
};
