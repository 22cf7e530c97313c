import 'server-only';
import { appOrigin, isSecureOrigin } from '@/lib/http/app-origin';
import { readSession, type SessionData, sealSession, sessionCookieHeader } from './session-cookie';

const RENEW_AFTER_MS = 60_000;

/**
 * Slides the idle expiry forward for an active session: a fresh Set-Cookie when the last renewal is over a
 * minute old, else null. It authorizes nothing (the admin row is checked by route() and requireAdmin()), and a
 * session already past its idle or absolute limit is never revived.
 */
export async function renewSessionCookie(
  source: { cookieHeader: string | null } | { session: SessionData },
  headers: Headers,
  now = Date.now(),
): Promise<string | null> {
  const session = 'session' in source ? source.session : await readSession(source.cookieHeader, now);
  if (!session || now - session.seenAt < RENEW_AFTER_MS) return null;
  const sealed = await sealSession({ ...session, seenAt: now });
  return sessionCookieHeader(sealed, isSecureOrigin(appOrigin(headers)));
}
