import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { AdminSession } from '@/lib/auth/get-session-admin';
import { encryptSecret } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { notificationChannels, schedules } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import { parseOutboundUrl } from '@/lib/outbound/post-outbound';
import { type LookupAll, resolveOutboundHost } from '@/lib/outbound/resolve-outbound-host';
import type { CreatedNotificationChannel, CreateNotificationChannelInput } from './notification-schemas';
import { generateWebhookSecret } from './sign-webhook';
import { toChannelItem } from './to-channel-item';

/**
 * Saves where `admin` wants notices sent. A webhook's host is checked now (after DNS), so a private address is
 * refused with the reason at once; it is checked again at every delivery. Its signing secret is in the answer
 * and, sealed, in the database only.
 */
export async function createNotificationChannel({
  db,
  admin,
  input,
  lookup,
}: {
  db: Db;
  admin: AdminSession;
  input: CreateNotificationChannelInput;
  lookup?: LookupAll;
}): Promise<CreatedNotificationChannel> {
  const allowPrivate = env().NOTIFY_ALLOW_PRIVATE_HOSTS;
  if (input.kind === 'webhook') {
    try {
      await resolveOutboundHost(parseOutboundUrl(input.target).hostname, { allowPrivate, lookup });
    } catch (error) {
      if (error instanceof AppError) throw onTarget(error.message);
      throw error;
    }
  }
  if (input.kind === 'email' && !env().SMTP_URL)
    throw onTarget(
      'E-mail is not set up on this server: set SMTP_URL (and SMTP_FROM) and restart Fieldmap, or use a webhook.',
    );
  let scheduleName: string | null = null;
  if (input.scope === 'schedule') {
    const [schedule] = await db
      .select({ name: schedules.name })
      .from(schedules)
      .where(and(eq(schedules.id, input.scheduleId ?? '')));
    if (!schedule) throw new AppError('not_found', 'That schedule no longer exists. Reload the page.');
    scheduleName = schedule.name;
  }
  const id = randomUUID();
  const secret = input.kind === 'webhook' ? generateWebhookSecret() : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notificationChannels)
      .values({
        id,
        adminId: admin.adminId,
        kind: input.kind,
        name: input.name,
        target: input.target,
        secretSealed: secret ? encryptSecret(secret, `notification-channel:${id}`) : null,
        events: [...new Set(input.events)],
        scope: input.scope,
        scheduleId: input.scope === 'schedule' ? (input.scheduleId ?? null) : null,
      })
      .returning();
    if (!row) throw new Error('channel insert returned nothing');
    await recordAuditEvent({
      db: tx,
      adminId: admin.adminId,
      action: 'notification_channel.created',
      subjectKind: 'notification_channel',
      subjectId: id,
      detail: { kind: row.kind, name: row.name, target: row.target, events: row.events, scope: row.scope },
    });
    return { item: toChannelItem(row, scheduleName), secret };
  });
}

function onTarget(message: string): AppError {
  return new AppError('validation', message, { fields: [{ path: ['target'], message }] });
}
