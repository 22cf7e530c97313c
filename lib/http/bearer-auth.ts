import 'server-only';
import {
  authenticateApiToken,
  requireScope,
  type TokenCaller,
} from '@/lib/api-tokens/authenticate-api-token';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { AdminSession } from '@/lib/auth/get-session-admin';
import { getDb } from '@/lib/db/client';
import type { ApiTokenScope } from '@/lib/db/schema/api-tokens';
import { AppError } from './app-error';
import { isSafeMethod } from './check-origin';
import { clientAddress } from './client-address';

export type TokenAuth = { admin: AdminSession; caller: TokenCaller };

/** The token of an `Authorization: Bearer …` header, or null when the request carries none. */
export function readBearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1])
    throw new AppError('unauthorized', 'Send the API token as "Authorization: Bearer <token>".');
  return match[1];
}

/** Behind a trusted proxy, the forwarded client; otherwise what the server saw (Next fills it from the socket). */
function lastUsedAddress(request: Request): string | null {
  const trusted = clientAddress(request);
  if (trusted !== 'direct') return trusted;
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 100) || null;
}

export async function authenticateBearer(
  request: Request,
  token: string,
  scope: ApiTokenScope | 'session-only',
): Promise<TokenAuth> {
  if (scope === 'session-only')
    throw new AppError('forbidden', 'Only a signed-in admin can do this, in the browser; API tokens cannot.');
  const found = await authenticateApiToken({ db: await getDb(), token, address: lastUsedAddress(request) });
  requireScope(found.caller, scope);
  return found;
}

/** Changes made with a token go to the audit log under the token's name (reads only touch last-used). */
export async function recordTokenUse(request: Request, auth: TokenAuth, status: number): Promise<void> {
  if (isSafeMethod(request.method)) return;
  await recordAuditEvent({
    db: await getDb(),
    adminId: auth.admin.adminId,
    action: 'api_token.used',
    subjectKind: 'api_token',
    subjectId: auth.caller.tokenId,
    detail: { token: auth.caller.name, method: request.method, path: new URL(request.url).pathname, status },
  });
}
