import { z } from 'zod';
import { SCHEDULE_RUN_OUTCOMES } from '@/lib/job-status/schedule-run-outcomes';

/** Five fields, minute first (`0 2 * * *` = 02:00 every day); checked on the server with pg-boss's own parser. */
export const cronSchema = z
  .string()
  .trim()
  .regex(/^\S+(\s+\S+){4}$/, 'Use five fields: minute hour day-of-month month day-of-week, e.g. 0 2 * * *');

/** POST /api/schedules */
export const createScheduleSchema = z.object({
  name: z.string().trim().min(1, 'Give the schedule a name.').max(120),
  templateId: z.uuid('Choose a mapping template.'),
  connectionId: z.uuid().optional(),
  folder: z.string().trim().min(1, 'Name the folder to read.').max(500),
  cron: cronSchema,
  timeZone: z.string().trim().min(1).max(100).default('UTC'),
});
export type CreateScheduleInput = z.input<typeof createScheduleSchema>;

export const updateScheduleSchema = z.object({ isEnabled: z.boolean() });

export const scheduleRunItemSchema = z.object({
  id: z.uuid(),
  firedAt: z.string(),
  fileName: z.string().nullable(),
  outcome: z.enum(SCHEDULE_RUN_OUTCOMES),
  message: z.string(),
  importId: z.string().nullable(),
});
export type ScheduleRunItem = z.infer<typeof scheduleRunItemSchema>;

export const scheduleItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  templateName: z.string().nullable(),
  folder: z.string(),
  cron: z.string(),
  timeZone: z.string(),
  isEnabled: z.boolean(),
  nextRunAt: z.string().nullable(),
  lastRun: scheduleRunItemSchema.nullable(),
});
export type ScheduleItem = z.infer<typeof scheduleItemSchema>;
