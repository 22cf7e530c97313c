import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimContext } from '../context';
import { grantsScope } from '../oauth/scope-grants';
import { zohoTime } from '../zoho-time';
import { sendGatewayError } from './respond';

/**
 * Zoho-oauthtoken (documented) or Bearer (what the seeds were captured with). No token gets
 * AUTHENTICATION_FAILURE (seed 001); an unknown, revoked or expired one INVALID_TOKEN; a token without the
 * scope OAUTH_SCOPE_MISMATCH.
 * `scope` is a full scope (`ZohoCRM.settings.fields.READ`), or a bare prefix (`ZohoCRM.bulk`) any scope under
 * it satisfies.
 */
export function requireToken(
  context: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  scope: string,
): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    sendGatewayError(res, 401, 'AUTHENTICATION_FAILURE', 'Authentication failed');
    return false;
  }
  const found = context.tokens.findAccess(match[1]);
  if (!found || found.state === 'expired') {
    sendGatewayError(res, 401, 'INVALID_TOKEN', 'invalid oauth token');
    return false;
  }
  if (!hasScope(found.scopes, scope)) {
    sendGatewayError(res, 401, 'OAUTH_SCOPE_MISMATCH', 'invalid oauth scope to access this URL');
    return false;
  }
  // Seed 000: Zoho's API answers carry the access token's expiry in the org's zone.
  res.setHeader('X-ACCESSTOKEN-RESET', zohoTime(new Date(found.expiresAt)));
  return true;
}

function hasScope(granted: string[], scope: string): boolean {
  if (scope.split('.').length >= 3) return grantsScope(granted, scope);
  return granted.some((candidate) => candidate.toLowerCase().startsWith(scope.toLowerCase()));
}

/** The token's scopes, for checks that need the request body first (the module of a bulk job). */
export function tokenScopes(context: SimContext, req: IncomingMessage): string[] {
  const match = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return (match?.[1] ? context.tokens.findAccess(match[1])?.scopes : undefined) ?? [];
}

/** Whether the request carries an access token the simulator issued and that has not expired. */
export function hasLiveToken(context: SimContext, req: IncomingMessage): boolean {
  const match = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const found = match?.[1] ? context.tokens.findAccess(match[1]) : undefined;
  return Boolean(found && found.state !== 'expired');
}
