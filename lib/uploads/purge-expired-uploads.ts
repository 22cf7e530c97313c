import 'server-only';
import { lt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import type { FileStorage } from '@/lib/storage/file-storage';

/** Deletes uploads past the retention period, their files first (a crash between leaves a row to retry). */
export async function purgeExpiredUploads(options: {
  db: Db;
  storage: FileStorage;
  now?: Date;
}): Promise<number> {
  const expired = await options.db
    .select()
    .from(uploads)
    .where(lt(uploads.expiresAt, options.now ?? new Date()));
  for (const upload of expired) {
    await options.storage.remove(upload.storageKey);
  }
  if (expired.length > 0)
    await options.db.delete(uploads).where(lt(uploads.expiresAt, options.now ?? new Date()));
  return expired.length;
}
