import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ImportChunk, importChunks, importRows } from '@/lib/db/schema';
import { insertImportRows } from './insert-import-rows';

/**
 * A chunk's outcome in one transaction: its rows in every file it carried (replacing any an earlier attempt
 * wrote) and its closing state, so a crash never leaves a closed chunk without its rows, or rows twice.
 */
export async function writeChunkOutcome(
  db: Db,
  chunk: Pick<ImportChunk, 'importId' | 'index'>,
  outcome: {
    importIds: string[];
    rows: (typeof importRows.$inferInsert)[];
    state: Partial<typeof importChunks.$inferInsert>;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(importRows)
      .where(and(inArray(importRows.importId, outcome.importIds), eq(importRows.chunkIndex, chunk.index)));
    await insertImportRows(tx, outcome.rows);
    await tx
      .update(importChunks)
      .set(outcome.state)
      .where(and(eq(importChunks.importId, chunk.importId), eq(importChunks.index, chunk.index)));
  });
}
