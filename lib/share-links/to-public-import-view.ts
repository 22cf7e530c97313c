import 'server-only';
import type { OutcomeCounts } from '@/lib/db/schema/imports';
import type { ImportStatusView } from '@/lib/imports/views/import-status-view';
import type { RetrySummary } from '@/lib/retries/retry-schemas';
import type { PublicImportView } from './public-job-view';

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_COLUMN_CHARS = 100;

function pickCounts(counts: OutcomeCounts): OutcomeCounts {
  const { added, updated, skipped, failed, unprocessed, excluded } = counts;
  return { added, updated, skipped, failed, unprocessed, excluded };
}

/** The allow-list from the admin's read model to what a public viewer may see. */
export function toPublicImportView(
  view: ImportStatusView,
  link: { displayName: string },
  now: Date,
  summary?: RetrySummary,
): PublicImportView {
  return {
    kind: 'import',
    displayName: link.displayName,
    module: view.module,
    operation: view.operation,
    status: view.status,
    reconciled: view.reconciled,
    isTestRun: view.isTestRun,
    rowsInFile: view.rowsInFile,
    rowsDone: view.rowsDone,
    counts: pickCounts(view.counts),
    chunks: view.chunks.map((chunk) => ({
      index: chunk.index,
      status: chunk.status,
      rowCount: chunk.rowCount,
      counts: chunk.counts ? pickCounts(chunk.counts) : null,
      startedAt: chunk.startedAt,
      finishedAt: chunk.finishedAt,
    })),
    errors: publicErrors(view.errors),
    files: view.files.map((file) => ({
      role: file.role,
      module: file.module,
      label: file.label,
      rowsInFile: file.rowsInFile,
      counts: pickCounts(file.counts),
      rowsDone: file.rowsDone,
      reconciled: file.reconciled,
      errors: publicErrors(file.errors),
      waitingForFullRun: file.waitingForFullRun,
    })),
    cumulative:
      summary && summary.retries.length > 0
        ? { inCrm: summary.inCrm, rowsInFile: summary.rowsInFile, retries: summary.retries.length }
        : null,
    startedAt: view.startedAt,
    finishedAt: view.finishedAt,
    updatedAt: view.updatedAt,
    generatedAt: now.toISOString(),
  };
}

/** A code that is not a Zoho-style code could be anything (even a value): it is shown as "OTHER". No messages. */
function publicErrors(groups: { code: string; column: string | null; count: number }[]) {
  return groups.map((group) => ({
    code: ERROR_CODE.test(group.code) ? group.code : 'OTHER',
    column: group.column && group.column.length <= MAX_COLUMN_CHARS ? group.column : null,
    count: group.count,
  }));
}
