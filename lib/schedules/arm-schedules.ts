import 'server-only';
import { schedules } from '@/lib/db/schema';
import type { RunScheduleContext } from './run-schedule';
import { armSchedule } from './schedule-job';

/** At boot: every saved schedule gets its worker, and pg-boss's scheduler its cron. */
export async function armSchedules(context: RunScheduleContext): Promise<void> {
  for (const schedule of await context.db.select().from(schedules)) await armSchedule(context, schedule);
}
