import { ZOHO_LIMITS } from '@/lib/zoho/limits';

/**
 * Zoho jobs and API credits an import of `rows` data rows will take (each bulk write job costs credits). Chunks
 * also split on bytes, so a very wide file can need more jobs than this; the page says "about".
 */
export function estimateCredits(rows: number): { jobs: number; credits: number } {
  const jobs = Math.max(1, Math.ceil(rows / ZOHO_LIMITS.writeRecordsPerFile));
  return { jobs, credits: jobs * ZOHO_LIMITS.writeJobCredits };
}
