import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Upload, uploads } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

export async function getUpload(db: Db, id: string): Promise<Upload> {
  const [upload] = await db.select().from(uploads).where(eq(uploads.id, id));
  if (!upload)
    throw new AppError(
      'not_found',
      'That upload no longer exists (uploads are purged after the retention period). Drop the file again.',
    );
  return upload;
}
