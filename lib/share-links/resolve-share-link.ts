import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type ShareLink, shareLinks } from '@/lib/db/schema';
import { isShareLinkLive } from './share-link-expiry';
import { hashShareToken, isShareTokenShape } from './share-token';

/** The live link a token opens, or undefined: unknown, malformed, revoked and expired look the same. */
export async function resolveShareLink({
  db,
  token,
  now = new Date(),
}: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<ShareLink | undefined> {
  if (!isShareTokenShape(token)) return undefined;
  const [link] = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, hashShareToken(token)));
  return link && isShareLinkLive(link, now) ? link : undefined;
}
