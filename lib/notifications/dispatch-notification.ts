import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { imports, notificationChannels, notificationDeliveries, scheduleRuns } from '@/lib/db/schema';
import { importNotice } from './import-notice';
import type { NotifyEvent } from './notification-jobs';

/**
 * Fans a job-state change out to every channel that asked for it: the owner's (scope own), everyone's (all), and
 * the schedule's (when a schedule started the import). One delivery row per channel and event, even when this
 * runs twice; returns the deliveries still to send.
 */
export async function dispatchNotification(db: Db, event: NotifyEvent): Promise<string[]> {
  const [row] = await db.select().from(imports).where(eq(imports.id, event.subjectId));
  if (!row) return [];
  const [run] = await db
    .select({ scheduleId: scheduleRuns.scheduleId })
    .from(scheduleRuns)
    .where(eq(scheduleRuns.importId, row.id))
    .limit(1);
  const channels = (await db.select().from(notificationChannels)).filter(
    (channel) =>
      channel.events.includes(event.event) &&
      (channel.scope === 'all' ||
        (channel.scope === 'own' && channel.adminId === row.adminId) ||
        (channel.scope === 'schedule' && run !== undefined && channel.scheduleId === run.scheduleId)),
  );
  if (channels.length === 0) return [];
  const payload = importNotice(row, event.event, event.eventId);
  await db
    .insert(notificationDeliveries)
    .values(
      channels.map((channel) => ({
        channelId: channel.id,
        eventId: event.eventId,
        event: event.event,
        subjectKind: event.subjectKind,
        subjectId: event.subjectId,
        payload,
      })),
    )
    .onConflictDoNothing();
  // A fan-out retried after a crash finds its rows made: the ones never tried are still to send.
  const pending = await db
    .select({ id: notificationDeliveries.id })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.eventId, event.eventId),
        eq(notificationDeliveries.status, 'pending'),
        eq(notificationDeliveries.attempts, 0),
      ),
    );
  return pending.map((delivery) => delivery.id);
}
