import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ChunkStatus, type ImportChunk, importChunks, imports } from '@/lib/db/schema';
import { type Lease, LeaseLostError } from './import-lease';

/** Who writes: the runner's pass holds a lease; an admin's decision (or a test step) writes without one. */
export type Writer = { db: Db; lease?: Lease };

/**
 * Runs `write` in a transaction that first locks the import row, checking the writer's fencing token: a runner
 * whose lease was taken over writes nothing (LeaseLostError), and a takeover waits until a write in progress ends.
 */
export async function fenced<T>(writer: Writer, write: (tx: Db) => Promise<T>): Promise<T> {
  const { lease } = writer;
  if (!lease) return writer.db.transaction(write);
  return writer.db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: imports.id })
      .from(imports)
      .where(and(eq(imports.id, lease.importId), eq(imports.leaseToken, lease.token)))
      .for('no key update');
    if (!held) throw new LeaseLostError(lease.importId);
    return write(tx);
  });
}

/** A chunk was not in the state this step expected: someone else moved it, so this step must not act on it. */
export class ChunkMovedError extends Error {
  constructor(chunk: Pick<ImportChunk, 'index'>, from: readonly ChunkStatus[]) {
    super(`Chunk ${chunk.index + 1} is no longer ${from.join(' or ')}; another step moved it`);
    this.name = 'ChunkMovedError';
  }
}

/** A chunk transition as a compare-and-set: it happens only from the expected states, else ChunkMovedError. */
export async function moveChunk(
  tx: Db,
  chunk: Pick<ImportChunk, 'importId' | 'index'>,
  from: readonly ChunkStatus[],
  set: Partial<typeof importChunks.$inferInsert>,
  /** Only when the chunk was sent by the pass holding this fencing token. */
  sentByToken?: number,
): Promise<ImportChunk> {
  const [moved] = await tx
    .update(importChunks)
    .set(set)
    .where(
      and(
        eq(importChunks.importId, chunk.importId),
        eq(importChunks.index, chunk.index),
        inArray(importChunks.status, [...from]),
        sentByToken === undefined ? undefined : eq(importChunks.sentByToken, sentByToken),
      ),
    )
    .returning();
  if (!moved) throw new ChunkMovedError(chunk, from);
  return moved;
}
