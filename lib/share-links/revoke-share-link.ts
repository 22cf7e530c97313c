import 'server-only';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { shareLinks } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

/** Stops a link from working at once. Revoking a revoked link changes nothing and is not an error. */
export async function revokeShareLink({
  db,
  id,
  adminId,
  now = new Date(),
}: {
  db: Db;
  id: string;
  adminId: string;
  now?: Date;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const [link] = await tx.select().from(shareLinks).where(eq(shareLinks.id, id)).for('update');
    if (!link) throw new AppError('not_found', 'That share link does not exist.');
    if (link.revokedAt) return;
    await tx.update(shareLinks).set({ revokedAt: now, revokedBy: adminId }).where(eq(shareLinks.id, id));
    await recordAuditEvent({
      db: tx,
      adminId,
      action: 'share_link.revoked',
      subjectKind: 'share_link',
      subjectId: id,
      detail: { jobKind: link.jobKind, jobId: link.jobId, displayName: link.displayName },
      at: now,
    });
  });
}
