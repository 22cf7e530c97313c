import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { importChunks, imports, type OutcomeCounts } from '@/lib/db/schema';
import { chunkFiles } from '../model/chunk-files';
import { loadImportFiles } from '../model/import-files';
import { fenced } from '../run/fenced';
import type { ImportContext } from '../run/import-context';
import { childLabel } from '../views/family-files';
import { countKeptBack } from './count-kept-back';
import { rowsDone, sumCounts } from './outcome-counts';

/** Every message of an import being cancelled starts so; a refusal (which also ends as cancelling) never does. */
export const CANCELLING = 'Cancelling';
/** What a stopping import still waits for follows this, after its reason to stop (cut off once it has ended). */
export const WAITS_SEPARATOR = ' Until it ends: ';
/** The status message a cancel request leaves. */
export const CANCEL_REQUESTED = `${CANCELLING}: chunks not yet sent are stopped; chunks Zoho is running finish first.`;

/**
 * Closes the books: added + updated + skipped + failed + unprocessed + excluded must equal the rows in the
 * file, per chunk and in total, for the parent file and each child file; any disagreement marks the import
 * unreconciled, naming the file and the chunk.
 */
export async function finishImport(context: ImportContext, importId: string): Promise<void> {
  const { db } = context;
  const files = await loadImportFiles(db, importId);
  const [row] = files;
  if (!row || row.id !== importId) return;
  const chunks = await db
    .select()
    .from(importChunks)
    .where(eq(importChunks.importId, importId))
    .orderBy(asc(importChunks.index));
  const keptBack = await countKeptBack(
    db,
    files.map((file) => file.id),
  );
  const shares = chunks.map((chunk) => chunkFiles(chunk, files));
  const books = files.map((file, position) => {
    const own = fileBooks(
      chunks.map((chunk, i) => {
        const share = shares[i]?.[position];
        return { index: chunk.index, sent: share?.recordNumbers.length ?? 0, counts: share?.counts };
      }),
      keptBack.get(file.id) ?? 0,
      file.rowsInFile,
    );
    const label = position === 0 ? '' : `${childLabel(file.familyRelation, file.module)} file: `;
    return { file, ...own, labelled: own.problems.map((problem) => `${label}${problem}`) };
  });
  // The import's own message covers every file, and the chunks Zoho's results did not reconcile.
  const problems = [
    ...(books[0]?.labelled ?? []),
    ...chunks.flatMap((chunk) =>
      chunk.error?.startsWith('Unreconciled') ? [`chunk ${chunk.index + 1}: ${chunk.error.slice(14)}`] : [],
    ),
    ...books.slice(1).flatMap((file) => file.labelled),
  ];
  const allFailed =
    chunks.length > 0 && chunks.every((chunk) => chunk.status === 'failed' || chunk.status === 'cancelled');
  const status =
    row.status === 'cancelling'
      ? row.statusMessage?.startsWith(`${CANCELLING}:`)
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
            ((row.status === 'cancelling' ? row.statusMessage?.split(WAITS_SEPARATOR)[0] : null) ??
            'Nothing went in: every batch failed or was not sent. The rows not in the CRM say why.')
          : null;
  const finishedAt = new Date();
  // The parent and its child files finish together: a crash between them would leave children running forever.
  await fenced(context, async (tx) => {
    for (const [position, file] of books.entries()) {
      const isWhole = position === 0;
      const own = isWhole ? problems : file.problems;
      await tx
        .update(imports)
        .set({
          status,
          counts: file.counts,
          reconciled: own.length === 0,
          statusMessage: isWhole ? message : own.length > 0 ? `Unreconciled: ${own.join('; ')}.` : null,
          finishedAt,
          updatedAt: finishedAt,
        })
        .where(eq(imports.id, file.file.id));
    }
    const event = problems.length > 0 ? 'unreconciled' : status === 'cancelled' ? undefined : status;
    if (event) await context.announce?.(tx, importId, event);
  });
}

/**
 * One file's books: its share of each chunk must account for every row the chunk carried, and its chunks plus
 * its rows kept back before upload for every row of the file.
 */
function fileBooks(
  shares: { index: number; sent: number; counts: OutcomeCounts | null | undefined }[],
  keptBack: number,
  rowsInFile: number | null,
): { counts: OutcomeCounts; problems: string[] } {
  const counts = { ...sumCounts(shares.map((share) => share.counts)), excluded: keptBack };
  const problems = shares.flatMap(({ index, sent, counts: share }) => {
    const done = share ? rowsDone(share) : 0;
    return done === sent ? [] : [`chunk ${index + 1} accounts for ${done} of ${sent} rows`];
  });
  if (rowsDone(counts) !== rowsInFile)
    problems.push(`${rowsDone(counts)} rows are accounted for, the file has ${rowsInFile}`);
  return { counts, problems };
}
