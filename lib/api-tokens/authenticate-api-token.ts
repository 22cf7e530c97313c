import 'server-only';
import { eq } from 'drizzle-orm';
import type { AdminSession } from '@/lib/auth/get-session-admin';
import type { Db } from '@/lib/db/client';
import { type ApiTokenScope, admins, apiTokens } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { hashTokenSecret, isTokenShape } from './token-secret';

export type TokenCaller = { tokenId: string; name: string; scopes: ApiTokenScope[] };

/** Writing last-used on every poll would cost a write a second per running CLI; this is close enough. */
const LAST_USED_RESOLUTION_MS = 30_000;

const manageTokens = 'An admin can create a new one under Settings → API tokens.';

/**
 * The admin a bearer token acts for. Unknown, revoked and expired tokens get 401 saying which, so a script's
 * owner knows whether to renew or to ask; the secret itself never reaches a log or an error.
 */
export async function authenticateApiToken({
  db,
  token,
  address,
  now = new Date(),
}: {
  db: Db;
  token: string;
  address: string | null;
  now?: Date;
}): Promise<{ admin: AdminSession; caller: TokenCaller }> {
  if (!isTokenShape(token))
    throw new AppError('unauthorized', `This is not a Fieldmap API token. ${manageTokens}`);
  const [row] = await db
    .select({ token: apiTokens, admin: admins })
    .from(apiTokens)
    .innerJoin(admins, eq(admins.id, apiTokens.adminId))
    .where(eq(apiTokens.tokenHash, hashTokenSecret(token)));
  if (!row) throw new AppError('unauthorized', `This API token is not known here. ${manageTokens}`);
  const { token: found, admin } = row;
  if (found.revokedAt)
    throw new AppError(
      'unauthorized',
      `The API token "${found.name}" was revoked on ${found.revokedAt.toISOString()}. ${manageTokens}`,
      { reason: 'revoked' },
    );
  if (found.expiresAt <= now)
    throw new AppError(
      'unauthorized',
      `The API token "${found.name}" expired on ${found.expiresAt.toISOString()}. ${manageTokens}`,
      { reason: 'expired' },
    );
  const isStale = !found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS;
  if (isStale || found.lastUsedAddress !== address)
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now, lastUsedAddress: address })
      .where(eq(apiTokens.id, found.id));
  return {
    admin: { adminId: admin.id, email: admin.email, name: admin.name },
    caller: { tokenId: found.id, name: found.name, scopes: found.scopes },
  };
}

/** `admin` covers every scope. */
export function requireScope(caller: TokenCaller, scope: ApiTokenScope): void {
  if (caller.scopes.includes(scope) || caller.scopes.includes('admin')) return;
  throw new AppError(
    'forbidden',
    `This API token lacks the "${scope}" scope. Create a token with "${scope}" under Settings → API tokens.`,
    { scope },
  );
}
