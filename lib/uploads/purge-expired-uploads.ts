import 'server-only';
import { and, inArray, isNotNull, lt, notInArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { imports, uploads } from '@/lib/db/schema';
import { FINISHED_STATUSES } from '@/lib/job-status/finished-statuses';
import type { FileStorage } from '@/lib/storage/file-storage';

/**
 * Deletes uploads past the retention period, their files first (a crash between leaves a row to retry). A file an
 * unfinished import still reads (paused, waiting for a decision) is kept until that import ends.
 */
export async function purgeExpiredUploads(options: {
  db: Db;
  storage: FileStorage;
  now?: Date;
}): Promise<number> {
  const inUse = options.db
    .select({ id: imports.uploadId })
    .from(imports)
    // NOT IN over a NULL would match nothing: imports whose file is already gone are left out.
    .where(and(isNotNull(imports.uploadId), notInArray(imports.status, [...FINISHED_STATUSES])));
  const expired = await options.db
    .select()
    .from(uploads)
    .where(and(lt(uploads.expiresAt, options.now ?? new Date()), notInArray(uploads.id, inUse)));
  for (const upload of expired) {
    await options.storage.remove(upload.storageKey);
  }
  if (expired.length > 0)
    await options.db.delete(uploads).where(
      inArray(
        uploads.id,
        expired.map((upload) => upload.id),
      ),
    );
  return expired.length;
}
