import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCHEDULE_RUN_OUTCOMES, type ScheduleRunOutcome } from '../../job-status/schedule-run-outcomes';
import { admins } from './admins';

export const SCHEDULE_SOURCE_KINDS = ['folder'] as const;
export { SCHEDULE_RUN_OUTCOMES, type ScheduleRunOutcome };

/**
 * A recurring import: files from a source, mapped by a saved template, on a cron. The source is a folder on the
 * server today; `sourceKind` leaves room for an object-storage prefix.
 */
export const schedules = pgTable('schedules', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Any version of the template: each run uses its newest live version. */
  templateId: uuid('template_id').notNull(),
  connectionId: uuid('connection_id'),
  sourceKind: text('source_kind', { enum: SCHEDULE_SOURCE_KINDS }).notNull().default('folder'),
  /** For a folder: relative to SCHEDULE_FOLDERS_ROOT. */
  sourcePath: text('source_path').notNull(),
  cron: text('cron').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  isEnabled: boolean('is_enabled').notNull().default(true),
  /** Imports run as this admin; removing the admin removes their schedules. */
  adminId: uuid('admin_id')
    .notNull()
    .references(() => admins.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Schedule = typeof schedules.$inferSelect;

/** One file met by one firing (or a firing that found none), and what became of it. */
export const scheduleRuns = pgTable(
  'schedule_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull().defaultNow(),
    fileName: text('file_name'),
    sha256: text('sha256'),
    outcome: text('outcome', { enum: SCHEDULE_RUN_OUTCOMES }).notNull(),
    message: text('message').notNull(),
    importId: uuid('import_id'),
  },
  (table) => [
    index('schedule_runs_schedule_idx').on(table.scheduleId, table.firedAt),
    // A file (by content) goes in at most once per schedule, even if a run is retried after a crash.
    uniqueIndex('schedule_runs_once_idx')
      .on(table.scheduleId, table.sha256)
      .where(sql`outcome in ('importing', 'imported')`),
  ],
);

export type ScheduleRun = typeof scheduleRuns.$inferSelect;
