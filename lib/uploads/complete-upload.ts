import 'server-only';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from './get-upload';
import { toUploadView } from './to-upload-view';
import type { UploadView } from './upload-schemas';

/** Checks the stored size against the announced one and records the file's SHA-256. */
export async function completeUpload(options: {
  db: Db;
  storage: FileStorage;
  uploadId: string;
}): Promise<UploadView> {
  const upload = await getUpload(options.db, options.uploadId);
  if (upload.status === 'complete') return toUploadView(upload);
  const stored = await options.storage.size(upload.storageKey);
  if (upload.receivedBytes !== upload.sizeBytes || stored !== upload.sizeBytes) {
    throw new AppError(
      'conflict',
      `The upload has ${stored} of ${upload.sizeBytes} bytes; send the remaining parts first.`,
      {
        receivedBytes: upload.receivedBytes,
      },
    );
  }
  const hash = createHash('sha256');
  for await (const chunk of options.storage.read(upload.storageKey)) hash.update(chunk as Buffer);
  const [done] = await options.db
    .update(uploads)
    .set({ status: 'complete', sha256: hash.digest('hex'), completedAt: new Date() })
    .where(eq(uploads.id, upload.id))
    .returning();
  return toUploadView(done ?? upload);
}
