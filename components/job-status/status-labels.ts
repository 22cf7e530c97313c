import type { ChunkStatus, ImportStatus } from '@/lib/db/schema/imports';

type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';
export type JobStatus = ImportStatus | ChunkStatus | 'unreconciled';

/** Plain words for every job and batch status, and the tone of its badge. */
export const STATUS_LABELS: Record<JobStatus, { label: string; tone: Tone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  checking: { label: 'Checking the file', tone: 'info' },
  running: { label: 'In progress', tone: 'info' },
  paused: { label: 'Paused', tone: 'warning' },
  waiting: { label: 'Waiting for Zoho', tone: 'info' },
  needs_attention: { label: 'Needs attention', tone: 'warning' },
  cancelling: { label: 'Cancelling', tone: 'warning' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  completed: { label: 'Completed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  unreconciled: { label: 'Unreconciled', tone: 'warning' },
  pending: { label: 'Not started', tone: 'neutral' },
  uploading: { label: 'Uploading', tone: 'info' },
  creating: { label: 'Starting in Zoho', tone: 'info' },
  in_zoho: { label: 'Zoho is working', tone: 'info' },
  downloading: { label: 'Collecting results', tone: 'info' },
  reading_back: { label: 'Checking which rows Zoho has', tone: 'info' },
};

/** A completed import whose counts do not add up shows as unreconciled, never as completed: every row of every file must be accounted for. */
export function displayStatus(status: ImportStatus, reconciled: boolean | null): JobStatus {
  return status === 'completed' && reconciled === false ? 'unreconciled' : status;
}
