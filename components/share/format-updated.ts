import { formatDuration } from '@/components/ui/format';

const UTC_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "Last updated 2 min 5 s ago · refreshes by itself" (from server times, so every viewer reads the same). */
export function formatUpdated(
  view: { updatedAt: string; generatedAt: string; finishedAt: string | null },
  isLive: boolean,
): string {
  if (!isLive && view.finishedAt) return `Finished ${UTC_TIME.format(new Date(view.finishedAt))} UTC`;
  const age = Date.parse(view.generatedAt) - Date.parse(view.updatedAt);
  const ago = age < 5_000 ? 'just now' : `${formatDuration(view.updatedAt, view.generatedAt)} ago`;
  return `Last updated ${ago}${isLive ? ' · this page refreshes by itself' : ''}`;
}
