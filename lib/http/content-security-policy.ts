import 'server-only';
import { env } from '@/lib/env';

/** Scripts only with this request's nonce; nothing framed, posted or loaded from elsewhere. */
export function contentSecurityPolicy(nonce: string): string {
  const isDev = env().NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // React and Next set inline style attributes (virtualised grids, progress bars).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
