import 'server-only';
import { and, desc, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, type ImportStatus, importChunks, imports, type OutcomeCounts } from '@/lib/db/schema';
import { rowsDone } from '../collect/outcome-counts';

export type ImportListItem = {
  id: string;
  name: string;
  module: string;
  operation: 'insert' | 'update' | 'upsert';
  status: ImportStatus;
  rowsInFile: number | null;
  rowsDone: number;
  counts: OutcomeCounts | null;
  reconciled: boolean | null;
  isTestRun: boolean;
  isRetry: boolean;
  /** A parent-child import's child files (listed under it, never as jobs of their own). */
  childFiles: number;
  ranBy: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** The Jobs list: newest first, filtered by status or module, searched by name. */
export async function listImports(
  db: Db,
  filter: { status?: ImportStatus; module?: string; search?: string; limit?: number } = {},
): Promise<ImportListItem[]> {
  const conditions: (SQL | undefined)[] = [
    isNull(imports.familyParentId),
    filter.status ? eq(imports.status, filter.status) : undefined,
    filter.module ? eq(imports.module, filter.module) : undefined,
    filter.search ? ilike(imports.name, `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
  ];
  const rows = await db
    .select({
      row: imports,
      ranBy: admins.name,
      // While it runs, progress is the rows of the chunks already closed (the totals are written at the end).
      rowsInClosedChunks: sql<number>`(select coalesce(sum(${importChunks.rowCount}), 0)::int from ${importChunks}
        where ${importChunks.importId} = ${imports.id} and ${importChunks.status} in ('completed', 'failed', 'cancelled'))`,
      childFiles: sql<number>`(select count(*)::int from ${imports} as child
        where child.family_parent_id = ${imports.id})`,
    })
    .from(imports)
    .leftJoin(admins, eq(admins.id, imports.adminId))
    .where(and(...conditions))
    .orderBy(desc(imports.createdAt))
    .limit(filter.limit ?? 200);
  return rows.map(({ row, ranBy, rowsInClosedChunks, childFiles }) => ({
    id: row.id,
    name: row.name,
    module: row.module,
    operation: row.operation,
    status: row.status,
    rowsInFile: row.rowsInFile,
    rowsDone: row.counts ? rowsDone(row.counts) : rowsInClosedChunks,
    counts: row.counts,
    reconciled: row.reconciled,
    isTestRun: row.rowLimit !== null,
    isRetry: row.retryOf !== null,
    childFiles,
    ranBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  }));
}
