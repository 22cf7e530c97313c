import 'server-only';
import type { ChunkStatus, ImportChunk } from '@/lib/db/schema';
import type { Writer } from '../run/fenced';
import { loadFamilyChildren } from '../split/plan-family';
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
  const children = await loadFamilyChildren(writer.db, chunk.importId);
  const files = [
    { importId: chunk.importId, recordNumbers: chunk.recordNumbers },
    ...children.map((child, i) => ({
      importId: child.id,
      recordNumbers: chunk.childRecordNumbers?.[i] ?? [],
    })),
  ];
  const [counts, ...childCounts] = files.map((file) => ({
    ...ZERO_COUNTS,
    [end.outcome]: file.recordNumbers.length,
  }));
  await writeChunkOutcome(writer, chunk, {
    from: end.from,
    importIds: files.map((file) => file.importId),
    rows: files.flatMap((file) =>
      file.recordNumbers.map((recordNumber) => ({
        importId: file.importId,
        recordNumber,
        chunkIndex: chunk.index,
        outcome: end.outcome,
        errorCode: end.errorCode,
        message: end.message,
      })),
    ),
    state: {
      status: end.status,
      counts,
      childCounts: childCounts.length > 0 ? childCounts : null,
      error: end.status === 'failed' ? end.message : null,
      finishedAt: new Date(),
    },
  });
}
