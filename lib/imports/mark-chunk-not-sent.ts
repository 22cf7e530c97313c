import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ImportChunk, importChunks, importRows } from '@/lib/db/schema';

/** A chunk that will not go to Zoho: its rows count as unprocessed (NOT_SENT), with why, and its zip goes. */
export async function markChunkNotSent(
  db: Db,
  storage: { remove(key: string): Promise<void> },
  chunk: ImportChunk,
  message: string,
): Promise<void> {
  await db
    .insert(importRows)
    .values(
      chunk.recordNumbers.map((recordNumber) => ({
        importId: chunk.importId,
        recordNumber,
        chunkIndex: chunk.index,
        outcome: 'unprocessed' as const,
        errorCode: 'NOT_SENT',
        message,
      })),
    )
    .onConflictDoNothing();
  await db
    .update(importChunks)
    .set({
      status: 'cancelled',
      counts: { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: chunk.rowCount, excluded: 0 },
      finishedAt: new Date(),
    })
    .where(and(eq(importChunks.importId, chunk.importId), eq(importChunks.index, chunk.index)));
  await storage.remove(chunk.zipKey);
}
