/** Statuses of an import or export after which nothing changes by itself (runners stop, pages stop polling). */
export const FINISHED_STATUSES = ['completed', 'failed', 'cancelled'] as const;

export function isFinishedStatus(status: string): boolean {
  return (FINISHED_STATUSES as readonly string[]).includes(status);
}
