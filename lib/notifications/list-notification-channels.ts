import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { notificationChannels, schedules } from '@/lib/db/schema';
import type { NotificationChannelItem } from './notification-schemas';
import { toChannelItem } from './to-channel-item';

/** The admin's own channels, newest first. */
export async function listNotificationChannels({
  db,
  adminId,
}: {
  db: Db;
  adminId: string;
}): Promise<NotificationChannelItem[]> {
  const rows = await db
    .select({ channel: notificationChannels, scheduleName: schedules.name })
    .from(notificationChannels)
    .leftJoin(schedules, eq(schedules.id, notificationChannels.scheduleId))
    .where(eq(notificationChannels.adminId, adminId))
    .orderBy(desc(notificationChannels.createdAt));
  return rows.map((row) => toChannelItem(row.channel, row.scheduleName));
}
