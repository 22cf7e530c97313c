import 'server-only';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Schedule } from '@/lib/db/schema';
import { defineJob, workJob } from '@/lib/jobs/define-job';
import { type RunScheduleContext, runSchedule } from './run-schedule';

/** pg-boss keeps one cron per queue, so each schedule has its own queue. */
export function scheduleQueueName(scheduleId: string): string {
  return `schedule.${scheduleId}`;
}

const payload = z.object({ scheduleId: z.uuid() });

function scheduleJob(context: RunScheduleContext, scheduleId: string) {
  return defineJob({
    name: scheduleQueueName(scheduleId),
    payload,
    // One firing at a time per schedule; a firing that overlaps the next simply finds the files claimed.
    options: { name: scheduleQueueName(scheduleId), policy: 'singleton' },
    handler: async ({ scheduleId: id }) => {
      await runSchedule(context, id);
    },
  });
}

/** Hands a schedule to pg-boss's scheduler (its cron in its zone) and starts its worker. Idempotent. */
export async function armSchedule(context: RunScheduleContext, schedule: Schedule): Promise<void> {
  const { boss } = context;
  const name = scheduleQueueName(schedule.id);
  await workJob(boss, scheduleJob(context, schedule.id));
  if (schedule.isEnabled)
    await boss.schedule(name, schedule.cron, { scheduleId: schedule.id }, { tz: schedule.timeZone });
  else await boss.unschedule(name);
}

export async function disarmSchedule(boss: PgBoss, scheduleId: string): Promise<void> {
  const name = scheduleQueueName(scheduleId);
  await boss.unschedule(name);
  await boss.offWork(name);
  await boss.deleteQueue(name);
}

/** Runs a schedule now, through its queue (so it never overlaps a cron firing). */
export async function fireScheduleNow(boss: PgBoss, scheduleId: string): Promise<void> {
  await boss.send(scheduleQueueName(scheduleId), { scheduleId });
}
