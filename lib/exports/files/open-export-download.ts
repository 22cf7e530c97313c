import 'server-only';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exportPages, exports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { exportFileName } from './export-file-name';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  zip: 'application/zip',
};

/** A stored export file (the merged file, or one page's zip as Zoho sent it) as a download response. */
export async function openExportDownload(options: {
  db: Db;
  storage: FileStorage;
  exportId: string;
  page?: number;
}): Promise<Response> {
  const { db, storage, exportId, page } = options;
  const [run] = await db.select().from(exports).where(eq(exports.id, exportId));
  if (!run) throw new AppError('not_found', 'That export does not exist.');
  let key = run.fileKey;
  let name = exportFileName(run);
  let type = CONTENT_TYPES[run.fileType];
  if (page !== undefined) {
    const [found] = await db
      .select()
      .from(exportPages)
      .where(and(eq(exportPages.exportId, exportId), eq(exportPages.page, page)));
    key = found?.zipKey ?? null;
    name = name.replace(/\.\w+$/, `-page-${page}.zip`);
    type = CONTENT_TYPES.zip;
  }
  if (!key) throw new AppError('not_found', 'That file is not ready yet.');
  const size = await storage.size(key);
  const body = Readable.toWeb(storage.read(key)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
