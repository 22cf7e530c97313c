import 'server-only';
import { inArray } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { exports } from '@/lib/db/schema';
import { workJob } from '@/lib/jobs/define-job';
import type { FileStorage } from '@/lib/storage/file-storage';
import { exportStepJob, scheduleExportStep } from './export-job';

/**
 * Works the export step queue, and after a restart gives every unfinished export a step (one already queued
 * keeps its place: the queue holds one per export), so none is left waiting for a job that was never sent.
 */
export async function registerExportJobs(boss: PgBoss, db: Db, storage?: FileStorage): Promise<void> {
  await workJob(boss, exportStepJob(db, boss, storage));
  const unfinished = await db
    .select({ id: exports.id })
    .from(exports)
    .where(inArray(exports.status, ['queued', 'running']));
  for (const { id } of unfinished) await scheduleExportStep(boss, id);
}
