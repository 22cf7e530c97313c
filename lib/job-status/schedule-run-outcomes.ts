/** What one firing of a schedule did with the file it found; the database column takes its values from this list. */
export const SCHEDULE_RUN_OUTCOMES = ['importing', 'imported', 'skipped', 'held', 'failed', 'empty'] as const;
export type ScheduleRunOutcome = (typeof SCHEDULE_RUN_OUTCOMES)[number];
