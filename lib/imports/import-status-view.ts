import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import {
  type ChunkStatus,
  type ImportStatus,
  importChunks,
  importRows,
  imports,
  type OutcomeCounts,
} from '@/lib/db/schema';

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

export type ErrorGroupView = { code: string; column: string | null; message: string; count: number };

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
};

export const ZERO_COUNTS: OutcomeCounts = {
  added: 0,
  updated: 0,
  skipped: 0,
  failed: 0,
  unprocessed: 0,
  excluded: 0,
};

export function sumCounts(list: (OutcomeCounts | null | undefined)[]): OutcomeCounts {
  const total = { ...ZERO_COUNTS };
  for (const counts of list) {
    if (!counts) continue;
    for (const key of Object.keys(total) as (keyof OutcomeCounts)[]) total[key] += counts[key];
  }
  return total;
}

export function rowsDone(counts: OutcomeCounts): number {
  return (
    counts.added + counts.updated + counts.skipped + counts.failed + counts.unprocessed + counts.excluded
  );
}

export async function getImportStatusView(db: Db, importId: string): Promise<ImportStatusView | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, importId));
  if (!row) return undefined;
  const chunks = await db
    .select()
    .from(importChunks)
    .where(eq(importChunks.importId, importId))
    .orderBy(asc(importChunks.index));
  const errors = await db
    .select({
      code: importRows.errorCode,
      column: importRows.errorColumn,
      message: sql<string>`min(${importRows.message})`,
      count: sql<number>`count(*)::int`,
    })
    .from(importRows)
    .where(sql`${importRows.importId} = ${importId} and ${importRows.errorCode} is not null`)
    .groupBy(importRows.errorCode, importRows.errorColumn)
    .orderBy(sql`count(*) desc`)
    .limit(50);
  const counts = row.counts ?? sumCounts(chunks.map((chunk) => chunk.counts));
  return {
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
    chunks: chunks.map((chunk) => ({
      index: chunk.index,
      status: chunk.status,
      rowCount: chunk.rowCount,
      firstRecord: chunk.firstRecord,
      lastRecord: chunk.lastRecord,
      counts: chunk.counts,
      startedAt: chunk.startedAt?.toISOString() ?? null,
      finishedAt: chunk.finishedAt?.toISOString() ?? null,
    })),
    errors: errors.map((group) => ({
      code: group.code ?? 'UNKNOWN',
      column: group.column,
      message: group.message,
      count: group.count,
    })),
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    isTestRun: row.rowLimit !== null,
    retryOf: row.retryOf,
  };
}
