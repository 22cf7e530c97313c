import 'server-only';
import type { ApiToken } from '@/lib/db/schema';
import type { ApiTokenItem } from './api-token-schemas';

export function toApiTokenItem(
  token: ApiToken,
  createdByName: string | null,
  now = new Date(),
): ApiTokenItem {
  const status = token.revokedAt ? 'revoked' : token.expiresAt <= now ? 'expired' : 'active';
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    status,
    createdByName,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    lastUsedAddress: token.lastUsedAddress,
  };
}
