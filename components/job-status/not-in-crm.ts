import type { OutcomeCounts } from '@/lib/db/schema/imports';

/** Rows that did not reach the CRM, whatever the reason. */
export function notInCrm(counts: OutcomeCounts): number {
  return counts.skipped + counts.failed + counts.unprocessed + counts.excluded;
}
