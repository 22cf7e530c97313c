import 'server-only';
import { and, isNull, notInArray } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { FINISHED_STATUSES } from '@/lib/job-status/finished-statuses';
import { wakeImportRunner } from './advance-import-job';

/**
 * At start-up, every import that was under way gets its runner back (a lease left by a crashed process runs out
 * by itself), so a restart at any point resumes where it stopped.
 */
export async function resumeImports(db: Db, boss: PgBoss): Promise<number> {
  const open = await db
    .select({ id: imports.id })
    .from(imports)
    .where(
      and(
        notInArray(imports.status, [...FINISHED_STATUSES, 'paused']),
        // Child files of a parent-child import are sent by their parent's runner.
        isNull(imports.familyParentId),
      ),
    );
  for (const row of open) await wakeImportRunner(boss, row.id);
  return open.length;
}
