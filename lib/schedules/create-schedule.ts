import 'server-only';
import type { z } from 'zod';
import { schedules } from '@/lib/db/schema';
import { findLiveTemplate } from '@/lib/mapping-templates/find-live-template';
import { resolveScheduleFolder } from './folder-source';
import { nextRun } from './next-run';
import type { RunScheduleContext } from './run-schedule';
import { armSchedule } from './schedule-job';
import type { createScheduleSchema } from './schedule-schemas';

export async function createSchedule(
  context: RunScheduleContext,
  adminId: string,
  input: z.output<typeof createScheduleSchema>,
): Promise<{ id: string }> {
  nextRun(input.cron, input.timeZone);
  resolveScheduleFolder(input.folder);
  const template = await findLiveTemplate(context.db, input.templateId);
  const [row] = await context.db
    .insert(schedules)
    .values({
      name: input.name,
      templateId: template.id,
      connectionId: input.connectionId ?? null,
      sourceKind: 'folder',
      sourcePath: input.folder,
      cron: input.cron,
      timeZone: input.timeZone,
      adminId,
    })
    .returning();
  if (!row) throw new Error('schedule insert returned nothing');
  await armSchedule(context, row);
  return { id: row.id };
}
