import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exportPages, exports } from '@/lib/db/schema';
import type { PublicExportView } from './public-job-view';

/** An export's public status, read field by field from our tables (never the file, criteria or Zoho). */
export async function getPublicExportView(
  db: Db,
  exportId: string,
  link: { displayName: string },
  now: Date,
): Promise<PublicExportView | undefined> {
  const [row] = await db.select().from(exports).where(eq(exports.id, exportId));
  if (!row) return undefined;
  const pages = await db
    .select()
    .from(exportPages)
    .where(eq(exportPages.exportId, exportId))
    .orderBy(asc(exportPages.page));
  return {
    kind: 'export',
    displayName: link.displayName,
    module: row.module,
    fileType: row.fileType,
    status: row.status,
    recordCount: row.recordCount,
    pages: pages.map((page) => ({
      page: page.page,
      status: page.status,
      recordCount: page.recordCount,
      startedAt: page.startedAt?.toISOString() ?? null,
      finishedAt: page.finishedAt?.toISOString() ?? null,
    })),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    generatedAt: now.toISOString(),
  };
}
