import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { env } from '@/lib/env';
import { getSessionSecret } from './get-secrets';

const SECURE_NAME = '__Host-fieldmap_session';
const PLAIN_NAME = 'fieldmap_session';

const sessionSchema = z.object({
  adminId: z.uuid(),
  version: z.number().int(),
  issuedAt: z.number(),
  seenAt: z.number(),
});
export type SessionData = z.infer<typeof sessionSchema>;

function ttlSeconds(): number {
  return env().SESSION_ABSOLUTE_HOURS * 3600;
}

export async function sealSession(data: SessionData): Promise<string> {
  return sealData(data, { password: getSessionSecret(), ttl: ttlSeconds() });
}

/** A session that is sealed by us, well-formed and within both the idle and the absolute lifetime. */
export async function readSession(
  cookieHeader: string | null,
  now = Date.now(),
): Promise<SessionData | null> {
  const sealed = readCookie(cookieHeader, SECURE_NAME) ?? readCookie(cookieHeader, PLAIN_NAME);
  if (!sealed) return null;
  const parsed = sessionSchema.safeParse(
    await unsealData(sealed, { password: getSessionSecret(), ttl: ttlSeconds() }).catch(() => null),
  );
  if (!parsed.success) return null;
  const { SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS } = env();
  if (now - parsed.data.seenAt > SESSION_IDLE_MINUTES * 60_000) return null;
  if (now - parsed.data.issuedAt > SESSION_ABSOLUTE_HOURS * 3_600_000) return null;
  return parsed.data;
}

/** HttpOnly, SameSite=Lax; `__Host-` and Secure when the app is served over https. */
export function sessionCookieHeader(sealed: string, isSecure: boolean): string {
  const name = isSecure ? SECURE_NAME : PLAIN_NAME;
  const attributes = [`${name}=${sealed}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${ttlSeconds()}`];
  if (isSecure) attributes.push('Secure');
  return attributes.join('; ');
}

export function clearSessionCookieHeaders(): string[] {
  return [
    `${SECURE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure`,
    `${PLAIN_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
  ];
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
