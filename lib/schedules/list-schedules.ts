import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { mappingTemplates, type ScheduleRun, scheduleRuns, schedules } from '@/lib/db/schema';
import { nextRun } from './next-run';
import type { ScheduleItem, ScheduleRunItem } from './schedule-schemas';

export function toRunItem(run: ScheduleRun): ScheduleRunItem {
  return {
    id: run.id,
    firedAt: run.firedAt.toISOString(),
    fileName: run.fileName,
    outcome: run.outcome,
    message: run.message,
    importId: run.importId,
  };
}

export async function listSchedules(db: Db): Promise<ScheduleItem[]> {
  const rows = await db
    .select({ schedule: schedules, templateName: mappingTemplates.name })
    .from(schedules)
    .leftJoin(mappingTemplates, eq(mappingTemplates.id, schedules.templateId))
    .orderBy(desc(schedules.createdAt));
  return Promise.all(
    rows.map(async ({ schedule, templateName }) => {
      const [last] = await db
        .select()
        .from(scheduleRuns)
        .where(eq(scheduleRuns.scheduleId, schedule.id))
        .orderBy(desc(scheduleRuns.firedAt))
        .limit(1);
      return {
        id: schedule.id,
        name: schedule.name,
        templateName,
        folder: schedule.sourcePath,
        cron: schedule.cron,
        timeZone: schedule.timeZone,
        isEnabled: schedule.isEnabled,
        nextRunAt: schedule.isEnabled ? nextRun(schedule.cron, schedule.timeZone).toISOString() : null,
        lastRun: last ? toRunItem(last) : null,
      };
    }),
  );
}

export async function listScheduleRuns(db: Db, scheduleId: string, limit = 50): Promise<ScheduleRunItem[]> {
  const rows = await db
    .select()
    .from(scheduleRuns)
    .where(eq(scheduleRuns.scheduleId, scheduleId))
    .orderBy(desc(scheduleRuns.firedAt))
    .limit(limit);
  return rows.map(toRunItem);
}
