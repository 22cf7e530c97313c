import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Import, imports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

export const IMPORT_NOT_FOUND = 'That import does not exist (or was removed).';

export async function getImport(db: Db, id: string): Promise<Import> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  if (!row) throw new AppError('not_found', IMPORT_NOT_FOUND);
  return row;
}
