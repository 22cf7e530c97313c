import 'server-only';
import type { ChunkStatus, ImportStatus, OutcomeCounts } from '@/lib/db/schema/imports';

/**
 * Everything a share page may show, field by field (a share page shows no personal data, no names and no ids). Built by naming each field, never by
 * spreading a row: no record ids, values, e-mails, file names, connection, org, admin or job ids.
 */
export type PublicImportView = {
  kind: 'import';
  /** The name the admin chose for the link (not the import's own name, which may name a client or a file). */
  displayName: string;
  module: string;
  operation: 'insert' | 'update' | 'upsert';
  status: ImportStatus;
  reconciled: boolean | null;
  isTestRun: boolean;
  rowsInFile: number | null;
  rowsDone: number;
  counts: OutcomeCounts;
  chunks: {
    index: number;
    status: ChunkStatus;
    rowCount: number;
    counts: OutcomeCounts | null;
    startedAt: string | null;
    finishedAt: string | null;
  }[];
  /** Grouped by Zoho's code and the field it named; Zoho's own message text is left out (it can quote values). */
  errors: { code: string; column: string | null; count: number }[];
  /** A parent-child import's files side by side (labels, modules and counts only); empty for one file. */
  files: PublicFileView[];
  /** Across the import and its retries, once there is a retry: rows in the CRM now. */
  cumulative: { inCrm: number; rowsInFile: number | null; retries: number } | null;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  /** Server time of this answer, so the page draws running batches without the viewer's clock. */
  generatedAt: string;
};

// Field by field like the rest of this file (not derived from the admin's FileView): this list is the allow-list.
export type PublicFileView = {
  role: 'parent' | 'child';
  module: string;
  label: string;
  rowsInFile: number | null;
  counts: OutcomeCounts;
  rowsDone: number;
  reconciled: boolean | null;
  errors: { code: string; column: string | null; count: number }[];
  /** A test run's child file: rows left for the full import. */
  waitingForFullRun?: number;
};

export type PublicExportView = {
  kind: 'export';
  displayName: string;
  module: string;
  fileType: 'csv' | 'ics';
  status: 'queued' | 'running' | 'waiting' | 'cancelled' | 'completed' | 'failed';
  recordCount: number;
  pages: {
    page: number;
    status: string;
    recordCount: number | null;
    startedAt: string | null;
    finishedAt: string | null;
  }[];
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  generatedAt: string;
};

export type PublicJobView = PublicImportView | PublicExportView;
