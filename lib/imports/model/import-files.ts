import 'server-only';
import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Import, imports } from '@/lib/db/schema';

/**
 * An import is a set of files sent together: its own file first, then (for a parent-child import) each child
 * file in the order its resource follows the parent's in every Zoho job. An import of one file is a set of one.
 */
export async function loadImportFiles(db: Pick<Db, 'select'>, importId: string): Promise<Import[]> {
  return db
    .select()
    .from(imports)
    .where(or(eq(imports.id, importId), eq(imports.familyParentId, importId)))
    .orderBy(sql`coalesce(${imports.familyPosition}, 0)`);
}
