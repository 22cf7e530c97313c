import 'server-only';
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, connections, exportPages, exports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { type ExportView, toExportView } from './export-view';

async function views(db: Db, rows: (typeof exports.$inferSelect)[]): Promise<ExportView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [people, orgs, pages] = await Promise.all([
    db.select({ id: admins.id, name: admins.name }).from(admins),
    db.select({ id: connections.id, name: connections.name }).from(connections),
    db.select().from(exportPages).where(inArray(exportPages.exportId, ids)),
  ]);
  const nameOf = (list: { id: string; name: string }[], id: string | null) =>
    list.find((item) => item.id === id)?.name ?? null;
  return rows.map((row) =>
    toExportView(row, {
      createdBy: nameOf(people, row.adminId),
      connectionName: nameOf(orgs, row.connectionId),
      pages: pages.filter((page) => page.exportId === row.id).sort((a, b) => a.page - b.page),
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
