import 'server-only';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { uploads } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { startUpload } from '@/lib/uploads/start-upload';
import type { SourceFile } from './folder-source';

/** The SHA-256 of a source file, read once to tell a file already imported from a new one. */
export async function hashSourceFile(file: SourceFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of file.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies a source file into upload storage as a completed upload, as if an admin had dropped it. */
export async function storeSourceFile(options: {
  db: Db;
  storage: FileStorage;
  adminId: string;
  file: SourceFile;
  sha256: string;
}): Promise<string> {
  const { db, storage, file } = options;
  const upload = await startUpload({
    db,
    storage,
    adminId: options.adminId,
    fileName: file.name,
    sizeBytes: file.sizeBytes,
  });
  const [row] = await db.select().from(uploads).where(eq(uploads.id, upload.id));
  if (!row) throw new Error('upload vanished');
  const through = new PassThrough();
  const [written] = await Promise.all([
    storage.append(row.storageKey, through, file.sizeBytes),
    pipeline(file.open(), through),
  ]);
  if (written !== file.sizeBytes)
    throw new AppError(
      'conflict',
      `${file.name} changed while it was read (still being written?); the next run takes it.`,
    );
  await db
    .update(uploads)
    .set({ receivedBytes: written, status: 'complete', sha256: options.sha256, completedAt: new Date() })
    .where(eq(uploads.id, upload.id));
  return upload.id;
}
