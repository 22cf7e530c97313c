import 'server-only';
import { eq } from 'drizzle-orm';
import { schedules } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { RunScheduleContext } from './run-schedule';
import { armSchedule, disarmSchedule } from './schedule-job';

export async function setScheduleEnabled(
  context: RunScheduleContext,
  id: string,
  isEnabled: boolean,
): Promise<void> {
  const [row] = await context.db.update(schedules).set({ isEnabled }).where(eq(schedules.id, id)).returning();
  if (!row) throw new AppError('not_found', 'No such schedule. Reload the list.');
  await armSchedule(context, row);
}

export async function deleteSchedule(context: RunScheduleContext, id: string): Promise<void> {
  const [row] = await context.db.delete(schedules).where(eq(schedules.id, id)).returning();
  if (!row) throw new AppError('not_found', 'No such schedule. Reload the list.');
  await disarmSchedule(context.boss, id);
}
