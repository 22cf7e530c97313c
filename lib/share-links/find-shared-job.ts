import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exports, imports } from '@/lib/db/schema';
import type { ShareJobKind } from './share-link-schemas';

/** The job a link points at (a child file names its parent import), or undefined when it does not exist (any more). */
export async function findSharedJob(
  db: Db,
  jobKind: ShareJobKind,
  jobId: string,
): Promise<{ id: string; name: string; familyParentId: string | null } | undefined> {
  if (jobKind === 'import') {
    const [job] = await db
      .select({ id: imports.id, name: imports.name, familyParentId: imports.familyParentId })
      .from(imports)
      .where(eq(imports.id, jobId));
    return job;
  }
  const [job] = await db
    .select({ id: exports.id, name: exports.name })
    .from(exports)
    .where(eq(exports.id, jobId));
  return job && { ...job, familyParentId: null };
}
