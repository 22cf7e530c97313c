import 'server-only';
import { eq } from 'drizzle-orm';
import { decryptSecret } from '@/lib/crypto/secret-box';
import { notificationChannels, notificationDeliveries } from '@/lib/db/schema';
import type { NoticePayload } from './import-notice';
import type { NotificationDeps } from './notification-jobs';
import { sendEmail } from './send-email';
import { DeliveryError, sendWebhook } from './send-webhook';

export const MAX_DELIVERY_ATTEMPTS = 5;

type Deps = Required<Pick<NotificationDeps, 'retryBaseSeconds' | 'allowPrivateHosts'>> & NotificationDeps;

/**
 * One attempt at one delivery. Nothing it meets is thrown (a dead receiver must not touch the job it reports
 * on): the log gets the answer or the reason. Returns the seconds until the next attempt, if there is one.
 */
export async function deliverNotification(deps: Deps, deliveryId: string): Promise<number | undefined> {
  const { db } = deps;
  const [found] = await db
    .select({ delivery: notificationDeliveries, channel: notificationChannels })
    .from(notificationDeliveries)
    .innerJoin(notificationChannels, eq(notificationChannels.id, notificationDeliveries.channelId))
    .where(eq(notificationDeliveries.id, deliveryId));
  if (!found || found.delivery.status === 'delivered' || found.delivery.status === 'failed') return undefined;
  const { delivery, channel } = found;
  const attempts = delivery.attempts + 1;
  const notice = delivery.payload as NoticePayload;
  const allowPrivate = deps.allowPrivateHosts();
  let responseStatus: number | null = null;
  let failure: string | null = null;
  try {
    if (channel.kind === 'webhook')
      responseStatus = await sendWebhook({
        url: channel.target,
        secret: decryptSecret(channel.secretSealed ?? '', `notification-channel:${channel.id}`),
        deliveryId: delivery.id,
        event: notice.event,
        body: JSON.stringify(notice),
        allowPrivate,
        lookup: deps.lookup,
      });
    else await sendEmail({ to: channel.target, notice, allowPrivate, lookup: deps.lookup });
  } catch (error) {
    responseStatus = error instanceof DeliveryError ? (error.responseStatus ?? null) : null;
    failure = error instanceof Error ? error.message : String(error);
  }
  const now = new Date();
  const retryIn =
    failure && attempts < MAX_DELIVERY_ATTEMPTS ? deps.retryBaseSeconds * 3 ** (attempts - 1) : undefined;
  await db
    .update(notificationDeliveries)
    .set({
      attempts,
      responseStatus,
      lastError:
        failure && retryIn === undefined ? `${failure} Gave up after ${attempts} attempts.` : failure,
      status: !failure ? 'delivered' : retryIn !== undefined ? 'retrying' : 'failed',
      deliveredAt: failure ? null : now,
      nextAttemptAt: retryIn !== undefined ? new Date(now.getTime() + retryIn * 1000) : null,
      updatedAt: now,
    })
    .where(eq(notificationDeliveries.id, delivery.id));
  return retryIn;
}
