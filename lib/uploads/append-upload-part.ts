import 'server-only';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from './get-upload';
import { toUploadView } from './to-upload-view';
import type { UploadView } from './upload-schemas';

/**
 * Part `index` (0-based) of an upload. Parts arrive in order; a part already received is acknowledged without
 * writing (a retry after a lost answer), so the browser can always resume from `receivedBytes`.
 */
export async function appendUploadPart(options: {
  db: Db;
  storage: FileStorage;
  uploadId: string;
  index: number;
  body: ReadableStream<Uint8Array>;
  sha256?: string;
}): Promise<UploadView> {
  const upload = await getUpload(options.db, options.uploadId);
  if (upload.status !== 'uploading') throw new AppError('conflict', 'This upload is already complete.');
  const start = options.index * upload.partSize;
  if (start < upload.receivedBytes) {
    await options.body.cancel();
    return toUploadView(upload);
  }
  if (start !== upload.receivedBytes) {
    throw new AppError(
      'conflict',
      `Part ${options.index} is out of order; resume from byte ${upload.receivedBytes}.`,
      { receivedBytes: upload.receivedBytes },
    );
  }
  const expected = Math.min(upload.partSize, upload.sizeBytes - start);
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  // Written to a part file first, so a broken or mismatched part never lands in the upload itself.
  const partKey = `${upload.storageKey}.part`;
  await options.storage.remove(partKey);
  const written = await options.storage.append(
    partKey,
    Readable.fromWeb(options.body as NodeWebStream<Uint8Array>).pipe(hashing),
    expected,
  );
  if (written !== expected || (options.sha256 && hash.digest('hex') !== options.sha256.toLowerCase())) {
    await options.storage.remove(partKey);
    throw new AppError(
      'validation',
      `Part ${options.index} arrived damaged (${written} of ${expected} bytes, or a checksum mismatch). It is sent again.`,
    );
  }
  await options.storage.append(upload.storageKey, options.storage.read(partKey), expected);
  await options.storage.remove(partKey);
  const [updated] = await options.db
    .update(uploads)
    .set({ receivedBytes: start + written })
    .where(eq(uploads.id, upload.id))
    .returning();
  return toUploadView(updated ?? upload);
}
