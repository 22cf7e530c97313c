import { displayStatus } from '@/components/job-status/status-labels';
import { formatCount } from '@/components/ui/format';
import type { PublicImportView } from '@/lib/share-links/public-job-view';

export const OPERATION_WORDS: Record<PublicImportView['operation'], string> = {
  insert: 'adding new records',
  update: 'updating existing records',
  upsert: 'adding new and updating existing records',
};

/** One sentence a manager reads first: where the job stands, in plain words and numbers. */
export function statusHeadline(view: PublicImportView): string {
  const total = view.rowsInFile;
  const done =
    total === null
      ? `${formatCount(view.rowsDone)} rows`
      : `${formatCount(view.rowsDone)} of ${formatCount(total)} rows`;
  const inCrm = view.counts.added + view.counts.updated;
  const { skipped, failed, unprocessed, excluded } = view.counts;
  const notIn = skipped + failed + unprocessed + excluded;
  const failedNote =
    notIn > 0 ? ` ${formatCount(notIn)} ${notIn === 1 ? 'row' : 'rows'} did not go in (see why below).` : '';
  switch (displayStatus(view.status, view.reconciled)) {
    case 'queued':
      return 'Queued: it starts in a moment.';
    case 'checking':
      return 'Checking the file before sending it to the CRM.';
    case 'running':
      return `In progress: ${done} done so far.${failedNote}`;
    case 'waiting':
      return `Waiting for Zoho to process the next batch: ${done} done so far.${failedNote}`;
    case 'paused':
      return `Paused: ${done} done so far. It continues when an admin resumes it.`;
    case 'needs_attention':
      return `On hold until an admin checks something: ${done} done so far.`;
    case 'completed':
      return `Finished: ${formatCount(inCrm)} ${inCrm === 1 ? 'row is' : 'rows are'} in the CRM.${failedNote}`;
    case 'unreconciled':
      return 'Finished, but the counts do not add up yet; an admin is checking.';
    case 'cancelling':
      return `Being cancelled: ${done} done; nothing more will be sent.`;
    case 'cancelled':
      return `Cancelled after ${done}.`;
    case 'failed':
      return `Stopped by a problem after ${done}. An admin has been told.`;
    default:
      return `${done} done.`;
  }
}

/** The import and its retries together: "After 2 retries, 4,812 of 5,000 rows are in the CRM." */
export function retryHeadline(cumulative: NonNullable<PublicImportView['cumulative']>): string {
  const { inCrm, rowsInFile, retries } = cumulative;
  const after = `After ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
  if (rowsInFile !== null && inCrm >= rowsInFile)
    return `${after}, all ${formatCount(rowsInFile)} rows are in the CRM.`;
  const of = rowsInFile === null ? '' : ` of ${formatCount(rowsInFile)}`;
  return `${after}, ${formatCount(inCrm)}${of} rows are in the CRM.`;
}

/** A parent-child import's child files in one line: "Child files: 20 rows in the CRM, 1 did not go in." */
export function childFilesHeadline(files: PublicImportView['files']): string | null {
  const children = files.filter((file) => file.role === 'child');
  if (children.length === 0) return null;
  const inCrm = children.reduce((sum, file) => sum + file.counts.added + file.counts.updated, 0);
  const notIn = children.reduce(
    (sum, { counts }) => sum + counts.skipped + counts.failed + counts.unprocessed + counts.excluded,
    0,
  );
  const words = `${children.length} child ${children.length === 1 ? 'file' : 'files'}`;
  const missing = notIn > 0 ? `, ${formatCount(notIn)} did not go in` : '';
  return `With ${words}: ${formatCount(inCrm)} ${inCrm === 1 ? 'row' : 'rows'} in the CRM${missing} (see the files below).`;
}
