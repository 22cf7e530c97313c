import 'server-only';
import { env } from '@/lib/env';

/**
 * The caller's address for rate limits. Forwarded headers are only believed behind a trusted proxy
 * (TRUST_PROXY); otherwise anyone could pick a fresh address per request and escape the limit.
 */
export function clientAddress(request: Request): string {
  if (!env().TRUST_PROXY) return 'direct';
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip') || 'direct';
}
