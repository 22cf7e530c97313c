import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Import } from '@/lib/db/schema';
import { getImport } from '@/lib/imports/views/get-import';

/** Retries always hang off the first import of the file, so record numbers and counts stay comparable. */
export async function findRetryRoot(db: Db, importId: string): Promise<Import> {
  const row = await getImport(db, importId);
  return row.retryOf ? getImport(db, row.retryOf) : row;
}
