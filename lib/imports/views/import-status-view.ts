import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import {
  type ChunkStatus,
  type Import,
  type ImportChunk,
  type ImportStatus,
  importChunks,
  imports,
  type OutcomeCounts,
} from '@/lib/db/schema';
import { countKeptBack } from '../collect/count-kept-back';
import { rowsDone, sumCounts } from '../collect/outcome-counts';
import { type AdminFileView, childCounts, type FileView, loadFamilyFiles, toFileView } from './family-files';
import { type ErrorGroupView, listErrorGroups } from './list-error-groups';

export type ChunkView = {
  index: number;
  status: ChunkStatus;
  rowCount: number;
  firstRecord: number;
  lastRecord: number;
  counts: OutcomeCounts | null;
  startedAt: string | null;
  finishedAt: string | null;
};

/**
 * What an import's status pages show. Holds no field values, record ids, e-mails, connection or org: the
 * public share page renders it as is.
 */
export type ImportStatusView = {
  id: string;
  name: string;
  module: string;
  operation: 'insert' | 'update' | 'upsert';
  status: ImportStatus;
  statusMessage: string | null;
  rowsInFile: number | null;
  counts: OutcomeCounts;
  /** Rows with a final outcome so far (everything but rows still on their way). */
  rowsDone: number;
  reconciled: boolean | null;
  chunks: ChunkView[];
  errors: ErrorGroupView[];
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  isTestRun: boolean;
  retryOf: string | null;
  /** A parent-child import's files, parent first then children by position; empty for an import of one file. */
  files: FileView[];
};

export { rowsDone, sumCounts, ZERO_COUNTS } from '../collect/outcome-counts';

export async function getImportStatusView(db: Db, importId: string): Promise<ImportStatusView | undefined> {
  return (await loadImportView(db, importId))?.view;
}

/** The status view plus what only the admin's view adds to it: the import's row and each file's id and name. */
export async function loadImportView(
  db: Db,
  importId: string,
): Promise<{ row: Import; view: ImportStatusView; adminFiles: AdminFileView[] } | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row) return undefined;
  // A child file runs inside its parent's chunks: its batches and running counts are its share of them.
  const chunks = await loadChunkSummaries(db, row);
  const errors = await listErrorGroups(db, importId);
  const counts = row.familyParentId
    ? childCounts(row, chunks, row.counts ? 0 : ((await countKeptBack(db, [importId])).get(importId) ?? 0))
    : (row.counts ?? sumCounts(chunks.map((chunk) => chunk.counts)));
  const adminFiles = row.familyParentId ? [] : await loadFamilyFiles(db, row, counts, chunks, errors);
  const view: ImportStatusView = {
    id: row.id,
    name: row.name,
    module: row.module,
    operation: row.operation,
    status: row.status,
    statusMessage: row.statusMessage,
    rowsInFile: row.rowsInFile,
    counts,
    rowsDone: rowsDone(counts),
    reconciled: row.reconciled,
    chunks: row.familyParentId ? childChunkViews(row, chunks) : chunks.map(toChunkView),
    errors,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    isTestRun: row.rowLimit !== null,
    retryOf: row.retryOf,
    files: adminFiles.map(toFileView),
  };
  return { row, view, adminFiles };
}

/**
 * What the pages need of each chunk, without its record numbers (up to 25,000 a chunk, read every poll otherwise);
 * for a child file, its share of each chunk is summarised in the database.
 */
type ChunkSummary = Pick<
  ImportChunk,
  | 'index'
  | 'status'
  | 'rowCount'
  | 'firstRecord'
  | 'lastRecord'
  | 'counts'
  | 'childCounts'
  | 'startedAt'
  | 'finishedAt'
> & { child?: { rows: number; first: number | null; last: number | null } };

async function loadChunkSummaries(db: Db, row: Import): Promise<ChunkSummary[]> {
  const columns = {
    index: importChunks.index,
    status: importChunks.status,
    rowCount: importChunks.rowCount,
    firstRecord: importChunks.firstRecord,
    lastRecord: importChunks.lastRecord,
    counts: importChunks.counts,
    childCounts: importChunks.childCounts,
    startedAt: importChunks.startedAt,
    finishedAt: importChunks.finishedAt,
  };
  const order = asc(importChunks.index);
  if (!row.familyParentId)
    return db.select(columns).from(importChunks).where(eq(importChunks.importId, row.id)).orderBy(order);
  const at = (row.familyPosition ?? 1) - 1;
  const entry = sql`${importChunks.childRecordNumbers} -> ${at}::int`;
  // Only an array counts: SQL NULL (no children) and JSON null both read as no rows.
  const records = sql`(case when jsonb_typeof(${entry}) = 'array' then ${entry} else '[]'::jsonb end)`;
  const summaries = await db
    .select({
      ...columns,
      childRows: sql<number>`jsonb_array_length(${records})::int`,
      childFirst: sql<number | null>`(select min(n::int) from jsonb_array_elements_text(${records}) n)`,
      childLast: sql<number | null>`(select max(n::int) from jsonb_array_elements_text(${records}) n)`,
    })
    .from(importChunks)
    .where(eq(importChunks.importId, row.familyParentId))
    .orderBy(order);
  return summaries.map(({ childRows, childFirst, childLast, ...chunk }) => ({
    ...chunk,
    child: { rows: childRows, first: childFirst, last: childLast },
  }));
}

function toChunkView(chunk: ChunkSummary): ChunkView {
  return {
    index: chunk.index,
    status: chunk.status,
    rowCount: chunk.rowCount,
    firstRecord: chunk.firstRecord,
    lastRecord: chunk.lastRecord,
    counts: chunk.counts,
    startedAt: chunk.startedAt?.toISOString() ?? null,
    finishedAt: chunk.finishedAt?.toISOString() ?? null,
  };
}

/** A child file's batches: the parent's chunks that carried some of its rows, with its rows and counts. */
function childChunkViews(child: Import, parentChunks: ChunkSummary[]): ChunkView[] {
  const at = (child.familyPosition ?? 1) - 1;
  return parentChunks.flatMap((chunk) => {
    if (!chunk.child || chunk.child.rows === 0) return [];
    return [
      {
        ...toChunkView(chunk),
        rowCount: chunk.child.rows,
        firstRecord: chunk.child.first ?? 0,
        lastRecord: chunk.child.last ?? 0,
        counts: chunk.childCounts?.[at] ?? null,
      },
    ];
  });
}
