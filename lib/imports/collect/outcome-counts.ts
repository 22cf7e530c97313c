import 'server-only';
import type { OutcomeCounts } from '@/lib/db/schema/imports';

export const ZERO_COUNTS: OutcomeCounts = {
  added: 0,
  updated: 0,
  skipped: 0,
  failed: 0,
  unprocessed: 0,
  excluded: 0,
};

export function sumCounts(list: (OutcomeCounts | null | undefined)[]): OutcomeCounts {
  const total = { ...ZERO_COUNTS };
  for (const counts of list) {
    if (!counts) continue;
    for (const key of Object.keys(total) as (keyof OutcomeCounts)[]) total[key] += counts[key];
  }
  return total;
}

export function rowsDone(counts: OutcomeCounts): number {
  return (
    counts.added + counts.updated + counts.skipped + counts.failed + counts.unprocessed + counts.excluded
  );
}
