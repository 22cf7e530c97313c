import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ImportChunk, importChunks, importRows } from '@/lib/db/schema';
import { insertImportRows } from './insert-import-rows';

/**
 * A chunk that ends without a Zoho result file (refused, failed in Zoho, or not sent): every one of its rows gets
 * the same outcome and reason, the chunk its counts, and its zip goes.
 */
export async function closeChunk(
  db: Db,
  storage: { remove(key: string): Promise<void> },
  chunk: ImportChunk,
  end: {
    status: 'failed' | 'cancelled';
    outcome: 'failed' | 'unprocessed';
    errorCode: string;
    message: string;
  },
): Promise<void> {
  await db
    .delete(importRows)
    .where(and(eq(importRows.importId, chunk.importId), eq(importRows.chunkIndex, chunk.index)));
  await insertImportRows(
    db,
    chunk.recordNumbers.map((recordNumber) => ({
      importId: chunk.importId,
      recordNumber,
      chunkIndex: chunk.index,
      outcome: end.outcome,
      errorCode: end.errorCode,
      message: end.message,
    })),
  );
  const counts = { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: 0, excluded: 0 };
  counts[end.outcome] = chunk.rowCount;
  await db
    .update(importChunks)
    .set({
      status: end.status,
      counts,
      error: end.status === 'failed' ? end.message : null,
      finishedAt: new Date(),
    })
    .where(and(eq(importChunks.importId, chunk.importId), eq(importChunks.index, chunk.index)));
  await storage.remove(chunk.zipKey);
}
