import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ExportPage, exportPages, exports } from '@/lib/db/schema';

type ExportPatch = Partial<typeof exports.$inferInsert>;
type PagePatch = Partial<typeof exportPages.$inferInsert>;

export async function updateExport(db: Db, exportId: string, patch: ExportPatch): Promise<void> {
  await db
    .update(exports)
    .set({ ...patch, updatedAt: new Date() })
    // A step finishing after an admin cancelled never brings the export back.
    .where(and(eq(exports.id, exportId), ne(exports.status, 'cancelled')));
}

export async function updatePage(db: Db, page: ExportPage, patch: PagePatch): Promise<void> {
  await db
    .update(exportPages)
    .set(patch)
    .where(and(eq(exportPages.exportId, page.exportId), eq(exportPages.page, page.page)));
}

/** The export stops for good, with the reason shown on its page. */
export async function failExport(db: Db, exportId: string, message: string): Promise<void> {
  await updateExport(db, exportId, { status: 'failed', statusMessage: message, finishedAt: new Date() });
}

/** Zoho asked us to wait (or is down): the export shows why and resumes by itself. */
export async function pauseExport(db: Db, exportId: string, seconds: number, reason: string): Promise<void> {
  const resumeAt = new Date(Date.now() + seconds * 1000);
  await updateExport(db, exportId, {
    status: 'waiting',
    statusMessage: `${reason} Resumes by itself at ${resumeAt.toISOString().slice(11, 19)} UTC.`,
  });
}
