import 'server-only';
import type { NotificationChannel } from '@/lib/db/schema';
import type { NotificationChannelItem } from './notification-schemas';

export function toChannelItem(
  row: NotificationChannel,
  scheduleName: string | null,
): NotificationChannelItem {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    target: row.target,
    events: row.events,
    scope: row.scope,
    scheduleId: row.scheduleId,
    scheduleName,
    createdAt: row.createdAt.toISOString(),
  };
}
