import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { type Schedule, type ScheduleRunOutcome, scheduleRuns, schedules } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { startTemplateImport } from '@/lib/template-imports/start-template-import';
import { folderSource, type ScheduleSource, type SourceFile } from './folder-source';
import { hashSourceFile, storeSourceFile } from './store-source-file';

export type RunScheduleContext = {
  db: Db;
  boss: PgBoss;
  storage: FileStorage;
  canReceiveCallbacks: (isSandbox: boolean) => boolean;
  /** Tests pass their own; by default the schedule's folder. */
  sourceFor?: (schedule: Schedule) => ScheduleSource;
};

type Logged = { fileName: string | null; outcome: ScheduleRunOutcome; message: string; importId?: string };

async function log(db: Db, scheduleId: string, run: Logged & { sha256?: string }) {
  await db.insert(scheduleRuns).values({ scheduleId, ...run });
}

/** What happened to one file: imported, skipped as already imported, held for drift, or failed. */
async function runFile(context: RunScheduleContext, schedule: Schedule, file: SourceFile): Promise<Logged> {
  const { db } = context;
  const sha256 = await hashSourceFile(file);
  const [earlier] = await db
    .select()
    .from(scheduleRuns)
    .where(
      and(
        eq(scheduleRuns.scheduleId, schedule.id),
        eq(scheduleRuns.sha256, sha256),
        inArray(scheduleRuns.outcome, ['importing', 'imported']),
      ),
    );
  if (earlier) {
    const message =
      earlier.outcome === 'imported'
        ? `Skipped: the same file (SHA-256 ${sha256.slice(0, 12)}…) was imported on ${earlier.firedAt.toISOString()} as ${earlier.fileName}.`
        : `Skipped: a run stopped while importing the same file (${earlier.fileName}); check Imports before moving it away.`;
    return { fileName: file.name, outcome: 'skipped', message, importId: earlier.importId ?? undefined };
  }
  // Claimed first (unique per schedule and content), so a retried or overlapping run never imports it twice.
  const [claim] = await db
    .insert(scheduleRuns)
    .values({
      scheduleId: schedule.id,
      fileName: file.name,
      sha256,
      outcome: 'importing',
      message: 'Importing…',
    })
    .onConflictDoNothing()
    .returning();
  if (!claim)
    return { fileName: file.name, outcome: 'skipped', message: 'Skipped: another run is importing it.' };
  // Held and failed runs leave the claim (the unique index covers importing and imported only): a fixed file or
  // template is tried again next time.
  const settle = async (logged: Logged) => {
    await db.update(scheduleRuns).set(logged).where(eq(scheduleRuns.id, claim.id));
    return logged;
  };
  try {
    const uploadId = await storeSourceFile({
      db,
      storage: context.storage,
      adminId: schedule.adminId,
      file,
      sha256,
    });
    const created = await startTemplateImport({
      db,
      boss: context.boss,
      storage: context.storage,
      adminId: schedule.adminId,
      canReceiveCallbacks: context.canReceiveCallbacks,
      body: {
        uploadId,
        template: schedule.templateId,
        connectionId: schedule.connectionId ?? undefined,
        name: `${schedule.name}: ${file.name}`,
        timeZone: schedule.timeZone,
      },
    });
    return settle({
      fileName: file.name,
      outcome: 'imported',
      message: 'Import started.',
      importId: created.id,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const isDrift = (error.details as { reason?: string } | undefined)?.reason === 'template_drift';
    return settle({ fileName: file.name, outcome: isDrift ? 'held' : 'failed', message: error.message });
  }
}

/**
 * One firing of a schedule: every CSV in its source, in name order. Each file is logged; a file whose content
 * was imported before is skipped, one whose headers drifted from the template is held with the reason.
 */
export async function runSchedule(context: RunScheduleContext, scheduleId: string): Promise<Logged[]> {
  const [schedule] = await context.db.select().from(schedules).where(eq(schedules.id, scheduleId));
  if (!schedule?.isEnabled) return [];
  const source = (context.sourceFor ?? ((s: Schedule) => folderSource(s.sourcePath)))(schedule);
  let files: SourceFile[];
  try {
    files = await source.list();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const logged: Logged = { fileName: null, outcome: 'failed', message: error.message };
    await log(context.db, schedule.id, logged);
    return [logged];
  }
  if (files.length === 0) {
    const logged: Logged = {
      fileName: null,
      outcome: 'empty',
      message: `No CSV files in ${source.describe}.`,
    };
    await log(context.db, schedule.id, logged);
    return [logged];
  }
  const results: Logged[] = [];
  for (const file of files) {
    const logged = await runFile(context, schedule, file);
    if (logged.outcome === 'skipped') await log(context.db, schedule.id, logged);
    results.push(logged);
  }
  return results;
}
