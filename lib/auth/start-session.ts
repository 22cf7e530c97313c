import 'server-only';
import type { Admin } from '@/lib/db/schema';
import { appOrigin, isSecureOrigin } from '@/lib/http/app-origin';
import { sealSession, sessionCookieHeader } from './session-cookie';

/** A new session cookie for a successful sign-in (issued now, so the absolute lifetime restarts). */
export async function startSession(admin: Admin, headers: Headers): Promise<string> {
  const now = Date.now();
  const sealed = await sealSession({
    adminId: admin.id,
    version: admin.sessionVersion,
    issuedAt: now,
    seenAt: now,
  });
  return sessionCookieHeader(sealed, isSecureOrigin(appOrigin(headers)));
}
