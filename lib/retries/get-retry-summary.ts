import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { retryRowsSchema } from '@/lib/imports/create/retry-rows';
import { findRetryRoot } from './find-retry-root';
import { latestOutcomes } from './latest-outcomes';
import type { RetrySummary } from './retry-schemas';

/** Where the file stands after the import and all its retries: "4,812 of 5,000 in the CRM after 2 retries". */
export async function getRetrySummary(db: Db, importId: string): Promise<RetrySummary> {
  const root = await findRetryRoot(db, importId);
  const retries = await db
    .select()
    .from(imports)
    .where(eq(imports.retryOf, root.id))
    .orderBy(asc(imports.createdAt));
  // Without a retry the import's own counts say it all (and share pages skip the per-record scan).
  const counts =
    retries.length === 0
      ? Object.entries(root.counts ?? {}).map(([outcome, count]) => ({ outcome, count }))
      : await countLatestOutcomes(db, root.id);
  const inCrm = counts
    .filter((row) => row.outcome === 'added' || row.outcome === 'updated')
    .reduce((sum, row) => sum + row.count, 0);
  const all = counts.reduce((sum, row) => sum + row.count, 0);
  return {
    rootId: root.id,
    rowsInFile: root.rowsInFile,
    inCrm,
    notInCrm: all - inCrm,
    retries: retries.map((retry) => ({
      id: retry.id,
      name: retry.name,
      status: retry.status,
      rowsSent: retryRowsSchema.safeParse(retry.retryRows).data?.records.length ?? 0,
      createdAt: retry.createdAt.toISOString(),
    })),
  };
}

async function countLatestOutcomes(db: Db, rootId: string): Promise<{ outcome: string; count: number }[]> {
  const latest = latestOutcomes(db, rootId);
  return db
    .select({ outcome: latest.outcome, count: sql<number>`count(*)::int` })
    .from(latest)
    .groupBy(latest.outcome);
}
