import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { Db } from '@/lib/db/client';
import { shareLinks } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { findSharedJob } from './find-shared-job';
import { expiresAtFor } from './share-link-expiry';
import type { ShareJobKind, ShareLinkExpiry, ShareLinkItem } from './share-link-schemas';
import { generateShareToken, hashShareToken } from './share-token';
import { toShareLinkItem } from './to-share-link-item';

export type CreateShareLinkOptions = {
  db: Db;
  jobKind: ShareJobKind;
  jobId: string;
  displayName: string;
  expiry: ShareLinkExpiry;
  admin: { adminId: string; name: string };
  now?: Date;
};

/** A new link to a job's public status page. The token is returned once and only its hash is kept. */
export async function createShareLink({
  db,
  jobKind,
  jobId,
  displayName,
  expiry,
  admin,
  now = new Date(),
}: CreateShareLinkOptions): Promise<{ link: ShareLinkItem; token: string }> {
  const job = await findSharedJob(db, jobKind, jobId);
  if (!job) throw new AppError('not_found', `That ${jobKind} does not exist any more.`);
  if (job.familyParentId)
    throw new AppError(
      'conflict',
      'This file is part of a parent-child import: share the parent import, whose page shows every file.',
    );
  const token = generateShareToken();
  const expiresAt = expiresAtFor(expiry, now);
  const link = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(shareLinks)
      .values({
        tokenHash: hashShareToken(token),
        jobKind,
        jobId,
        displayName,
        expiresAt,
        createdBy: admin.adminId,
      })
      .returning();
    if (!created) throw new Error('Inserting a share link returned no row');
    await recordAuditEvent({
      db: tx,
      adminId: admin.adminId,
      action: 'share_link.created',
      subjectKind: 'share_link',
      subjectId: created.id,
      detail: { jobKind, jobId, displayName, expiresAt: expiresAt?.toISOString() ?? null },
      at: now,
    });
    return created;
  });
  return { link: toShareLinkItem(link, admin.name), token };
}
