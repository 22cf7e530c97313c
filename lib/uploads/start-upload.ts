import 'server-only';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { toUploadView } from './to-upload-view';
import { DISK_HEADROOM_BYTES, UPLOAD_PART_BYTES } from './upload-limits';
import type { UploadView } from './upload-schemas';

const GB = 1024 ** 3;

/** Opens an upload after checking the disk can hold it; the browser then sends parts in order. */
export async function startUpload(options: {
  db: Db;
  storage: FileStorage;
  adminId: string;
  fileName: string;
  sizeBytes: number;
}): Promise<UploadView> {
  const free = await options.storage.freeBytes();
  if (free < options.sizeBytes + DISK_HEADROOM_BYTES) {
    throw new AppError(
      'unavailable',
      `The server has ${(free / GB).toFixed(1)} GB free, not enough for this ${(options.sizeBytes / GB).toFixed(1)} GB file. Free some disk space (old files are purged after RETENTION_DAYS) and try again.`,
    );
  }
  const [upload] = await options.db
    .insert(uploads)
    .values({
      adminId: options.adminId,
      fileName: options.fileName,
      sizeBytes: options.sizeBytes,
      partSize: UPLOAD_PART_BYTES,
      storageKey: `uploads/${crypto.randomUUID()}.bin`,
      expiresAt: new Date(Date.now() + env().RETENTION_DAYS * 86_400_000),
    })
    .returning();
  if (!upload) throw new AppError('internal', 'The upload was not saved.');
  return toUploadView(upload);
}
