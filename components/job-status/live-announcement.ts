import { formatCount } from '@/components/ui/format';
import type { OutcomeCounts } from '@/lib/db/schema/imports';
import { notInCrm } from './not-in-crm';
import { type JobStatus, STATUS_LABELS } from './status-labels';

/** Progress within one state is spoken at most this often; a new state is spoken at once. */
export const PROGRESS_ANNOUNCE_INTERVAL_MS = 15_000;

export type Announcement = { state: string; text: string; at: number };

/**
 * What a live region should hold after a refresh, or null to leave it as it is. The state a page opens in is
 * recorded but not spoken (the page itself says it); a new state is spoken at once; progress within a state
 * at most once per interval, so a page that polls every 2 s does not talk every 2 s.
 */
export function nextAnnouncement(
  last: Announcement | null,
  next: { state: string; text: string },
  now: number,
  intervalMs = PROGRESS_ANNOUNCE_INTERVAL_MS,
): Announcement | null {
  if (!last) return { state: next.state, text: '', at: now };
  if (next.state !== last.state) return { ...next, at: now };
  if (next.text === last.text || now - last.at < intervalMs) return null;
  return { ...next, at: now };
}

/** One sentence for a job's state and rows, as a screen reader should hear it. */
export function describeImportProgress(view: {
  status: JobStatus;
  rowsDone: number;
  rowsInFile: number | null;
  counts: OutcomeCounts;
}): string {
  const status = `Import status: ${STATUS_LABELS[view.status].label}.`;
  if (view.rowsInFile === null) return `${status} Counting the rows in the file.`;
  if (view.status === 'completed' || view.status === 'unreconciled') {
    const { added, updated } = view.counts;
    return `${status} ${formatCount(added)} added, ${formatCount(updated)} updated, ${formatCount(notInCrm(view.counts))} not in the CRM.`;
  }
  return `${status} ${formatCount(Math.min(view.rowsDone, view.rowsInFile))} of ${formatCount(view.rowsInFile)} rows done.`;
}
