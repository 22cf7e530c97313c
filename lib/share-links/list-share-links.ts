import 'server-only';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, shareLinks } from '@/lib/db/schema';
import type { ShareJobKind, ShareLinkItem } from './share-link-schemas';
import { toShareLinkItem } from './to-share-link-item';

/** A job's links that still work (not revoked, not expired), newest first. */
export async function listShareLinks({
  db,
  jobKind,
  jobId,
  now = new Date(),
}: {
  db: Db;
  jobKind: ShareJobKind;
  jobId: string;
  now?: Date;
}): Promise<ShareLinkItem[]> {
  const rows = await db
    .select({ link: shareLinks, createdByName: admins.name })
    .from(shareLinks)
    .leftJoin(admins, eq(admins.id, shareLinks.createdBy))
    .where(
      and(
        eq(shareLinks.jobKind, jobKind),
        eq(shareLinks.jobId, jobId),
        isNull(shareLinks.revokedAt),
        or(isNull(shareLinks.expiresAt), gt(shareLinks.expiresAt, now)),
      ),
    )
    .orderBy(desc(shareLinks.createdAt));
  return rows.map(({ link, createdByName }) => toShareLinkItem(link, createdByName));
}
