import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { type ChunkStatus, type ImportChunk, type importChunks, importRows } from '@/lib/db/schema';
import { fenced, moveChunk, type Writer } from '../run/fenced';
import { insertImportRows } from './insert-import-rows';

/**
 * A chunk's outcome in one fenced transaction: its rows in every file it carried (replacing any an earlier
 * attempt wrote) and its closing state, moved only from the states `from` lists, so a crash never leaves a closed
 * chunk without its rows, rows twice, or a chunk closed by a runner that lost the import.
 */
export async function writeChunkOutcome(
  writer: Writer,
  chunk: Pick<ImportChunk, 'importId' | 'index'>,
  outcome: {
    from: readonly ChunkStatus[];
    importIds: string[];
    rows: (typeof importRows.$inferInsert)[];
    state: Partial<typeof importChunks.$inferInsert>;
  },
): Promise<void> {
  await fenced(writer, async (tx) => {
    await moveChunk(tx, chunk, outcome.from, outcome.state);
    await tx
      .delete(importRows)
      .where(and(inArray(importRows.importId, outcome.importIds), eq(importRows.chunkIndex, chunk.index)));
    await insertImportRows(tx, outcome.rows);
  });
}
