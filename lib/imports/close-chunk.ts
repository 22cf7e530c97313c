import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ImportChunk, importChunks, importRows } from '@/lib/db/schema';
import { insertImportRows } from './insert-import-rows';
import { ZERO_COUNTS } from './outcome-counts';
import { loadFamilyChildren } from './plan-family';

type ChunkEnd = {
  status: 'failed' | 'cancelled';
  outcome: 'failed' | 'unprocessed';
  errorCode: string;
  message: string;
};

/**
 * A chunk that ends without a Zoho result file (refused, failed in Zoho, or not sent): every one of its rows (and
 * of its child files' rows) gets the same outcome and reason, the chunk its counts, and its zip goes. Rows and
 * status are written in one transaction, so a crash never leaves a closed chunk without its rows; the zip goes
 * only after.
 */
export async function closeChunk(
  db: Db,
  storage: { remove(key: string): Promise<void> },
  chunk: ImportChunk,
  end: ChunkEnd,
): Promise<void> {
  await db.transaction((tx) => closeChunkRows(tx, chunk, end));
  await storage.remove(chunk.zipKey);
}

/** The database half of closing a chunk, for callers already inside a transaction (remove the zip after it). */
export async function closeChunkRows(db: Db, chunk: ImportChunk, end: ChunkEnd): Promise<void> {
  const children = await loadFamilyChildren(db, chunk.importId);
  const files = [
    { importId: chunk.importId, recordNumbers: chunk.recordNumbers },
    ...children.map((child, i) => ({
      importId: child.id,
      recordNumbers: chunk.childRecordNumbers?.[i] ?? [],
    })),
  ];
  await db.delete(importRows).where(
    and(
      inArray(
        importRows.importId,
        files.map((file) => file.importId),
      ),
      eq(importRows.chunkIndex, chunk.index),
    ),
  );
  await insertImportRows(
    db,
    files.flatMap((file) =>
      file.recordNumbers.map((recordNumber) => ({
        importId: file.importId,
        recordNumber,
        chunkIndex: chunk.index,
        outcome: end.outcome,
        errorCode: end.errorCode,
        message: end.message,
      })),
    ),
  );
  const [counts, ...childCounts] = files.map((file) => ({
    ...ZERO_COUNTS,
    [end.outcome]: file.recordNumbers.length,
  }));
  await db
    .update(importChunks)
    .set({
      status: end.status,
      counts,
      childCounts: childCounts.length > 0 ? childCounts : null,
      error: end.status === 'failed' ? end.message : null,
      finishedAt: new Date(),
    })
    .where(and(eq(importChunks.importId, chunk.importId), eq(importChunks.index, chunk.index)));
}
