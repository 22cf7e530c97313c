import 'server-only';
import { sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { type Db, getDb } from '@/lib/db/client';
import { getBoss } from '@/lib/jobs/start-workers';
import { EXPORT_STEP_QUEUE, scheduleExportStep } from './export-job';

/**
 * Zoho's callback says a page's job finished: the export's queued poll runs now instead of later. Nothing in
 * the callback is trusted; the poll reads the job from Zoho.
 */
export async function wakeExport(exportId: string, deps: { db?: Db; boss?: PgBoss } = {}): Promise<void> {
  const db = deps.db ?? (await getDb());
  const boss = deps.boss ?? (await getBoss());
  // pg-boss has no "run sooner" call; its queued step for this export is moved forward in place.
  await db.execute(
    sql`UPDATE pgboss.job SET start_after = now() WHERE name = ${EXPORT_STEP_QUEUE} AND singleton_key = ${exportId} AND state IN ('created', 'retry')`,
  );
  await scheduleExportStep(boss, exportId);
}
