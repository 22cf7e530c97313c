import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimContext } from '../context';
import { sendGatewayError } from './respond';

/**
 * Zoho-oauthtoken (documented) or Bearer (what the seeds were captured with). Missing or unknown tokens get
 * AUTHENTICATION_FAILURE, expired ones INVALID_TOKEN, and a token without the scope OAUTH_SCOPE_MISMATCH.
 */
export function requireToken(
  context: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  scopePrefix: string,
): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)$/i.exec(header);
  const found = match?.[1] ? context.tokens.findAccess(match[1]) : undefined;
  if (!found) {
    sendGatewayError(res, 401, 'AUTHENTICATION_FAILURE', 'Authentication failed');
    return false;
  }
  if (found.state === 'expired') {
    sendGatewayError(res, 401, 'INVALID_TOKEN', 'invalid oauth token');
    return false;
  }
  if (!found.scopes.some((scope) => scope.toLowerCase().startsWith(scopePrefix.toLowerCase()))) {
    sendGatewayError(res, 401, 'OAUTH_SCOPE_MISMATCH', 'invalid oauth scope to access this URL');
    return false;
  }
  return true;
}
