import 'server-only';
import type { ChunkStatus, ImportChunk } from '@/lib/db/schema';
import { chunkCounts, chunkFiles } from '../model/chunk-files';
import { loadImportFiles } from '../model/import-files';
import type { Writer } from '../run/fenced';
import { ZERO_COUNTS } from './outcome-counts';
import { writeChunkOutcome } from './write-chunk-outcome';

type ChunkEnd = {
  status: 'failed' | 'cancelled';
  outcome: 'failed' | 'unprocessed';
  errorCode: string;
  message: string;
  /** The states the chunk may be closed from (anything else means another step moved it meanwhile). */
  from: readonly ChunkStatus[];
};

/**
 * A chunk that ends without a Zoho result file (refused, failed in Zoho, or not sent): every one of its rows (and
 * of its child files' rows) gets the same outcome and reason, the chunk its counts, and its zip goes (after the
 * rows are written).
 */
export async function closeChunk(
  writer: Writer & { storage: { remove(key: string): Promise<void> } },
  chunk: ImportChunk,
  end: ChunkEnd,
): Promise<void> {
  await closeChunkRows(writer, chunk, end);
  await writer.storage.remove(chunk.zipKey);
}

/** The database half of closing a chunk (remove the zip after it). */
export async function closeChunkRows(writer: Writer, chunk: ImportChunk, end: ChunkEnd): Promise<void> {
  const files = chunkFiles(chunk, await loadImportFiles(writer.db, chunk.importId));
  const counts = files.map((share) => ({ ...ZERO_COUNTS, [end.outcome]: share.recordNumbers.length }));
  await writeChunkOutcome(writer, chunk, {
    from: end.from,
    importIds: files.map((share) => share.file.id),
    rows: files.flatMap((share) =>
      share.recordNumbers.map((recordNumber) => ({
        importId: share.file.id,
        recordNumber,
        chunkIndex: chunk.index,
        outcome: end.outcome,
        errorCode: end.errorCode,
        message: end.message,
      })),
    ),
    state: {
      status: end.status,
      ...chunkCounts(counts),
      error: end.status === 'failed' ? end.message : null,
      finishedAt: new Date(),
    },
  });
}
