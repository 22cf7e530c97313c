import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, connections, exportPages, exports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { type ExportView, toExportView } from './export-view';

async function views(db: Db, rows: (typeof exports.$inferSelect)[]): Promise<ExportView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const idsOf = (key: 'adminId' | 'connectionId') => [
    ...new Set(rows.flatMap((row) => (row[key] ? [row[key]] : []))),
  ];
  const [people, orgs, pages] = await Promise.all([
    db
      .select({ id: admins.id, name: admins.name })
      .from(admins)
      .where(inArray(admins.id, idsOf('adminId'))),
    db
      .select({ id: connections.id, name: connections.name })
      .from(connections)
      .where(inArray(connections.id, idsOf('connectionId'))),
    db
      .select()
      .from(exportPages)
      .where(inArray(exportPages.exportId, ids))
      .orderBy(asc(exportPages.exportId), asc(exportPages.page)),
  ]);
  const names = new Map([...people, ...orgs].map((item) => [item.id, item.name]));
  const pagesOf = new Map<string, typeof pages>();
  for (const page of pages) {
    const list = pagesOf.get(page.exportId);
    if (list) list.push(page);
    else pagesOf.set(page.exportId, [page]);
  }
  return rows.map((row) =>
    toExportView(row, {
      createdBy: row.adminId ? (names.get(row.adminId) ?? null) : null,
      connectionName: row.connectionId ? (names.get(row.connectionId) ?? null) : null,
      pages: pagesOf.get(row.id) ?? [],
    }),
  );
}

/** The newest exports first. */
export async function listExports(db: Db, limit = 200): Promise<ExportView[]> {
  return views(db, await db.select().from(exports).orderBy(desc(exports.createdAt)).limit(limit));
}

export async function getExportView(db: Db, exportId: string): Promise<ExportView> {
  const [view] = await views(db, await db.select().from(exports).where(eq(exports.id, exportId)));
  if (!view) throw new AppError('not_found', 'That export does not exist.');
  return view;
}
