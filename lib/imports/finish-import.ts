import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { importChunks, importRows, imports } from '@/lib/db/schema';
import type { ImportContext } from './import-context';
import { rowsDone, sumCounts } from './import-status-view';

/** The status message a cancel request leaves, so finishing can tell a cancel from a refusal. */
export const CANCEL_REQUESTED =
  'Cancelling: chunks not yet sent are stopped; chunks Zoho is running finish first.';

/**
 * Closes the books: added + updated + skipped + failed + unprocessed + excluded must equal the rows in the
 * file, per chunk and in total; any disagreement marks the import unreconciled, naming the chunk.
 */
export async function finishImport(context: ImportContext, importId: string): Promise<void> {
  const { db } = context;
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row) return;
  const chunks = await db
    .select()
    .from(importChunks)
    .where(eq(importChunks.importId, importId))
    .orderBy(asc(importChunks.index));
  const [excluded] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(importRows)
    .where(sql`${importRows.importId} = ${importId} and ${importRows.outcome} = 'excluded'`);
  const counts = { ...sumCounts(chunks.map((chunk) => chunk.counts)), excluded: excluded?.count ?? 0 };
  const problems: string[] = [];
  for (const chunk of chunks) {
    const done = chunk.counts ? rowsDone(chunk.counts) : 0;
    if (done !== chunk.rowCount)
      problems.push(`chunk ${chunk.index + 1} accounts for ${done} of ${chunk.rowCount} rows`);
    if (chunk.error?.startsWith('Unreconciled'))
      problems.push(`chunk ${chunk.index + 1}: ${chunk.error.slice(14)}`);
  }
  if (rowsDone(counts) !== row.rowsInFile)
    problems.push(`${rowsDone(counts)} rows are accounted for, the file has ${row.rowsInFile}`);
  const allFailed =
    chunks.length > 0 && chunks.every((chunk) => chunk.status === 'failed' || chunk.status === 'cancelled');
  const status =
    row.status === 'cancelling'
      ? row.statusMessage === CANCEL_REQUESTED
        ? 'cancelled'
        : 'failed'
      : allFailed
        ? 'failed'
        : 'completed';
  const message =
    problems.length > 0
      ? `Unreconciled: ${problems.join('; ')}.`
      : status === 'cancelled'
        ? 'Cancelled. Chunks Zoho had already started finished there and are reported below.'
        : status === 'failed'
          ? row.statusMessage
          : null;
  await db
    .update(imports)
    .set({
      status,
      counts,
      reconciled: problems.length === 0,
      statusMessage: message,
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(imports.id, importId));
}
