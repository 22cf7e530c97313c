/** Where an export can be; the database column takes its values from this list. */
export const EXPORT_STATUSES = ['queued', 'running', 'waiting', 'cancelled', 'completed', 'failed'] as const;
