import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { notificationChannels } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

/** Stops notices to a channel at once; its delivery log goes with it. */
export async function deleteNotificationChannel({
  db,
  id,
  adminId,
}: {
  db: Db;
  id: string;
  adminId: string;
}) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(notificationChannels)
      .where(and(eq(notificationChannels.id, id), eq(notificationChannels.adminId, adminId)))
      .returning();
    if (!row) throw new AppError('not_found', 'That notification is already gone. Reload the page.');
    await recordAuditEvent({
      db: tx,
      adminId,
      action: 'notification_channel.deleted',
      subjectKind: 'notification_channel',
      subjectId: id,
      detail: { kind: row.kind, name: row.name, target: row.target },
    });
  });
}
