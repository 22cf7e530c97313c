import 'server-only';
import { Readable } from 'node:stream';
import { importChunks } from '@/lib/db/schema';
import { ZERO_COUNTS } from '../collect/outcome-counts';
import { fenced } from '../run/fenced';
import { chunkZipKey, type ImportContext } from '../run/import-context';

/**
 * Saves one chunk as the split makes it: its zip in storage (replacing one a crashed split left), then its row,
 * which lists the records it carries (and, for a parent-child import, each child file's records).
 */
export async function storeChunk(
  context: ImportContext,
  chunk: {
    importId: string;
    index: number;
    zip: Uint8Array;
    recordNumbers: number[];
    childRecordNumbers?: number[][];
  },
): Promise<void> {
  const key = chunkZipKey(chunk.importId, chunk.index);
  await context.storage.remove(key);
  await context.storage.append(key, Readable.from([chunk.zip]), chunk.zip.length);
  await fenced(context, (tx) =>
    tx.insert(importChunks).values({
      importId: chunk.importId,
      index: chunk.index,
      rowCount: chunk.recordNumbers.length,
      firstRecord: chunk.recordNumbers[0] ?? 0,
      lastRecord: chunk.recordNumbers.at(-1) ?? 0,
      recordNumbers: chunk.recordNumbers,
      childRecordNumbers: chunk.childRecordNumbers ?? null,
      zipKey: key,
      zipBytes: chunk.zip.length,
    }),
  );
}

/** A file's row once split: running, or already final when no chunk goes to Zoho. */
export function afterSplit(chunks: number, rowsInFile: number, excluded: number) {
  const isDone = chunks === 0;
  return {
    status: isDone ? ('completed' as const) : ('running' as const),
    rowsInFile,
    counts: isDone ? { ...ZERO_COUNTS, excluded } : null,
    reconciled: isDone ? excluded === rowsInFile : null,
    finishedAt: isDone ? new Date() : null,
    statusMessage: isDone ? 'Nothing to send: every row was kept back or the file has no rows.' : null,
    updatedAt: new Date(),
  };
}
