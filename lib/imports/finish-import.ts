import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { importChunks, imports } from '@/lib/db/schema';
import { countKeptBack } from './count-kept-back';
import { childLabel } from './family-files';
import type { ImportContext } from './import-context';
import { rowsDone, sumCounts, ZERO_COUNTS } from './outcome-counts';
import { loadFamilyChildren } from './plan-family';

/** The status message a cancel request leaves, so finishing can tell a cancel from a refusal. */
export const CANCEL_REQUESTED =
  'Cancelling: chunks not yet sent are stopped; chunks Zoho is running finish first.';

/**
 * Closes the books: added + updated + skipped + failed + unprocessed + excluded must equal the rows in the
 * file, per chunk and in total, for the parent file and each child file; any disagreement marks the import
 * unreconciled, naming the file and the chunk.
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
  const children = await loadFamilyChildren(db, importId);
  const keptBack = await countKeptBack(db, [importId, ...children.map((child) => child.id)]);
  const counts = { ...sumCounts(chunks.map((chunk) => chunk.counts)), excluded: keptBack.get(importId) ?? 0 };
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
  const childBooks = await Promise.all(
    children.map(async (child, i) => {
      const childCounts = {
        ...sumCounts(chunks.map((chunk) => chunk.childCounts?.[i])),
        excluded: keptBack.get(child.id) ?? 0,
      };
      const childProblems = chunks.flatMap((chunk) => {
        const sent = chunk.childRecordNumbers?.[i]?.length ?? 0;
        const done = rowsDone(chunk.childCounts?.[i] ?? ZERO_COUNTS);
        return done === sent ? [] : [`chunk ${chunk.index + 1} accounts for ${done} of ${sent} rows`];
      });
      if (rowsDone(childCounts) !== child.rowsInFile)
        childProblems.push(
          `${rowsDone(childCounts)} rows are accounted for, the file has ${child.rowsInFile}`,
        );
      const label = childLabel(child.familyRelation, child.module);
      problems.push(...childProblems.map((problem) => `${label} file: ${problem}`));
      return { child, counts: childCounts, problems: childProblems };
    }),
  );
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
          ? // A refusal's reason (set with cancelling); otherwise a passing note such as a wait is out of date.
            ((row.status === 'cancelling' ? row.statusMessage : null) ??
            'Nothing went in: every batch failed or was not sent. The rows not in the CRM say why.')
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
  for (const { child, counts: childCounts, problems: childProblems } of childBooks)
    await db
      .update(imports)
      .set({
        status,
        counts: childCounts,
        reconciled: childProblems.length === 0,
        statusMessage: childProblems.length > 0 ? `Unreconciled: ${childProblems.join('; ')}.` : null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(imports.id, child.id));
}
