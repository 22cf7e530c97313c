import 'server-only';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { NOTIFICATION_EVENTS } from '@/lib/db/schema';
import { transactionSql } from '@/lib/db/transaction-sql';
import { env } from '@/lib/env';
import { defineJob, workJob } from '@/lib/jobs/define-job';
import type { LookupAll } from '@/lib/outbound/resolve-outbound-host';
import { deliverNotification } from './deliver-notification';
import { dispatchNotification } from './dispatch-notification';

export const NOTIFY_EVENT = 'notify-event';
export const NOTIFY_DELIVER = 'notify-deliver';

export const notifyEventPayload = z.object({
  eventId: z.uuid(),
  subjectKind: z.enum(['import', 'export']),
  subjectId: z.uuid(),
  event: z.enum(NOTIFICATION_EVENTS),
});
export type NotifyEvent = z.infer<typeof notifyEventPayload>;

export type NotificationDeps = {
  db: Db;
  boss: PgBoss;
  /** First wait before a failed delivery is tried again; each later wait is three times longer. */
  retryBaseSeconds?: number;
  allowPrivateHosts?: () => boolean;
  lookup?: LookupAll;
};

/** Queues the fan-out of a job-state change in the caller's transaction: it is sent only if the change commits. */
export async function queueNotifyEvent(boss: PgBoss, tx: Db, event: Omit<NotifyEvent, 'eventId'>) {
  const payload = notifyEventPayload.parse({ ...event, eventId: crypto.randomUUID() });
  await boss.send(NOTIFY_EVENT, payload, {
    retryLimit: 5,
    retryBackoff: true,
    db: transactionSql(tx) as PgBoss.Db,
  });
}

export async function sendDelivery(boss: PgBoss, deliveryId: string, inSeconds = 0) {
  await boss.send(NOTIFY_DELIVER, { deliveryId }, { startAfter: inSeconds, retryLimit: 2, retryDelay: 60 });
}

export async function registerNotificationJobs(deps: NotificationDeps): Promise<void> {
  const resolved = {
    ...deps,
    retryBaseSeconds: deps.retryBaseSeconds ?? 60,
    allowPrivateHosts: deps.allowPrivateHosts ?? (() => env().NOTIFY_ALLOW_PRIVATE_HOSTS),
  };
  await workJob(
    deps.boss,
    defineJob({
      name: NOTIFY_EVENT,
      payload: notifyEventPayload,
      handler: async (event) => {
        for (const id of await dispatchNotification(deps.db, event)) await sendDelivery(deps.boss, id);
      },
    }),
  );
  await workJob(
    deps.boss,
    defineJob({
      name: NOTIFY_DELIVER,
      payload: z.object({ deliveryId: z.uuid() }),
      handler: async ({ deliveryId }) => {
        const retryIn = await deliverNotification(resolved, deliveryId);
        if (retryIn !== undefined) await sendDelivery(deps.boss, deliveryId, retryIn);
      },
    }),
  );
}
