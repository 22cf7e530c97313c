import 'server-only';
import { env } from '@/lib/env';

/**
 * The origin browsers use to reach us: PUBLIC_BASE_URL when set, else the request's Host — with the
 * X-Forwarded-* headers of a reverse proxy only when TRUST_PROXY says they can be believed.
 */
export function appOrigin(headers: Headers): string {
  const { PUBLIC_BASE_URL, TRUST_PROXY, PORT } = env();
  if (PUBLIC_BASE_URL) return new URL(PUBLIC_BASE_URL).origin;
  const forwardedProto = TRUST_PROXY ? headers.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined;
  const forwardedHost = TRUST_PROXY ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwardedHost ?? headers.get('host') ?? `localhost:${PORT}`;
  return `${forwardedProto === 'https' ? 'https' : 'http'}://${host}`;
}

export function isSecureOrigin(origin: string): boolean {
  return origin.startsWith('https://');
}
