import 'server-only';
import type { Db } from '@/lib/db/client';
import { importRows } from '@/lib/db/schema';

const BATCH = 1000;

/** Row outcomes in batches (a 25,000-row chunk in one INSERT overflows the query builder's stack). */
export async function insertImportRows(db: Db, rows: (typeof importRows.$inferInsert)[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH)
    await db
      .insert(importRows)
      .values(rows.slice(start, start + BATCH))
      .onConflictDoNothing();
}
