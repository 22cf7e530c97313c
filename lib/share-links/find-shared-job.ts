import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exports, imports } from '@/lib/db/schema';
import type { ShareJobKind } from './share-link-schemas';

/** The job a link points at, or undefined when it does not exist (any more). */
export async function findSharedJob(
  db: Db,
  jobKind: ShareJobKind,
  jobId: string,
): Promise<{ id: string; name: string } | undefined> {
  const table = jobKind === 'import' ? imports : exports;
  const [job] = await db.select({ id: table.id, name: table.name }).from(table).where(eq(table.id, jobId));
  return job;
}
