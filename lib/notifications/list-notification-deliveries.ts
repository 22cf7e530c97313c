import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { notificationChannels, notificationDeliveries } from '@/lib/db/schema';
import type { NoticePayload } from './import-notice';
import type { NotificationDeliveryItem } from './notification-schemas';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The delivery log of the admin's channels, newest first. */
export async function listNotificationDeliveries({
  db,
  adminId,
  limit = 100,
}: {
  db: Db;
  adminId: string;
  limit?: number;
}): Promise<NotificationDeliveryItem[]> {
  const rows = await db
    .select({ delivery: notificationDeliveries, channel: notificationChannels })
    .from(notificationDeliveries)
    .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
    .where(eq(notificationChannels.adminId, adminId))
    .orderBy(desc(notificationDeliveries.createdAt))
    .limit(limit);
  return rows.map(({ delivery, channel }) => ({
    id: delivery.id,
    channelId: channel.id,
    channelName: channel.name,
    channelKind: channel.kind,
    event: delivery.event,
    subjectKind: delivery.subjectKind,
    subjectId: delivery.subjectId,
    subjectName: (delivery.payload as NoticePayload).subject.name,
    status: delivery.status,
    attempts: delivery.attempts,
    responseStatus: delivery.responseStatus,
    lastError: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: iso(delivery.deliveredAt),
    nextAttemptAt: iso(delivery.nextAttemptAt),
  }));
}
