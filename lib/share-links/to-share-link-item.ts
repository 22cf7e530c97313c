import 'server-only';
import type { ShareLink } from '@/lib/db/schema';
import type { ShareLinkItem } from './share-link-schemas';

export function toShareLinkItem(link: ShareLink, createdByName: string | null): ShareLinkItem {
  return {
    id: link.id,
    displayName: link.displayName,
    jobKind: link.jobKind,
    jobId: link.jobId,
    createdAt: link.createdAt.toISOString(),
    createdByName,
    expiresAt: link.expiresAt?.toISOString() ?? null,
  };
}
