import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { importRows } from '@/lib/db/schema';

/** Rows of each import kept back before sending (outcome `excluded`: pre-flight, orphans, withheld children). */
export async function countKeptBack(db: Db, importIds: string[]): Promise<Map<string, number>> {
  if (importIds.length === 0) return new Map();
  const rows = await db
    .select({ importId: importRows.importId, count: sql<number>`count(*)::int` })
    .from(importRows)
    .where(
      and(
        inArray(importRows.importId, importIds),
        eq(importRows.outcome, 'excluded'),
        // A chunk's rows are counted by the chunk; these never reached one.
        isNull(importRows.chunkIndex),
      ),
    )
    .groupBy(importRows.importId);
  return new Map(rows.map((row) => [row.importId, row.count]));
}
