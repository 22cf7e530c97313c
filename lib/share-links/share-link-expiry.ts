import 'server-only';
import type { ShareLinkExpiry } from './share-link-schemas';

const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_DAYS: Record<Exclude<ShareLinkExpiry, 'never'>, number> = { '1d': 1, '7d': 7, '30d': 30 };

export function expiresAtFor(expiry: ShareLinkExpiry, now: Date): Date | null {
  return expiry === 'never' ? null : new Date(now.getTime() + EXPIRY_DAYS[expiry] * DAY_MS);
}

/** A link works until it is revoked or its expiry instant has passed. */
export function isShareLinkLive(
  link: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): boolean {
  if (link.revokedAt) return false;
  return link.expiresAt === null || link.expiresAt.getTime() > now.getTime();
}
