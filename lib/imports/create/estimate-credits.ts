import type { ChildKind } from '@/lib/crm/crm-field';
import { ZOHO_LIMITS } from '@/lib/zoho/limits';

/**
 * Zoho jobs and API credits an import of `rows` data rows will take (each bulk write job costs credits). Chunks
 * also split on bytes, so a very wide file can need more jobs than this; the page says "about". A parent-child
 * import needs at least as many jobs as its busiest file: subform rows go at most 200 a job.
 */
export function estimateCredits(
  rows: number,
  children: { rows: number; kind: ChildKind }[] = [],
): { jobs: number; credits: number } {
  const jobs = Math.max(
    1,
    Math.ceil(rows / ZOHO_LIMITS.writeRecordsPerFile),
    ...children.map((child) =>
      Math.ceil(
        child.rows /
          (child.kind === 'subform' ? ZOHO_LIMITS.writeChildRowsPerFile : ZOHO_LIMITS.writeRecordsPerFile),
      ),
    ),
  );
  return { jobs, credits: jobs * ZOHO_LIMITS.writeJobCredits };
}
