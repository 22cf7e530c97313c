import 'server-only';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
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
  // A part is at most 8 MiB: checked in memory, then written once, so a damaged part never touches the file.
  const part = await readAtMost(options.body, expected);
  const isWhole = part !== undefined && part.length === expected;
  if (
    !isWhole ||
    (options.sha256 && createHash('sha256').update(part).digest('hex') !== options.sha256.toLowerCase())
  ) {
    throw new AppError(
      'validation',
      `Part ${options.index} arrived damaged (${part?.length ?? 'more than'} of ${expected} bytes, or a checksum mismatch). It is sent again.`,
    );
  }
  // Bytes past `start` are from a write whose bookkeeping a crash lost; they are replaced, never duplicated.
  await options.storage.truncate(upload.storageKey, start);
  const written = await options.storage.append(upload.storageKey, Readable.from([part]), expected);
  const [updated] = await options.db
    .update(uploads)
    .set({ receivedBytes: start + written })
    .where(eq(uploads.id, upload.id))
    .returning();
  return toUploadView(updated ?? upload);
}

async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of Readable.fromWeb(body as NodeWebStream<Uint8Array>)) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
