import 'server-only';

/** Headers on every share page and share data answer (a share page leaks its token to no one): no referrer, no indexing, no cache. */
export const SHARE_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-store',
} as const;

export function isSharePath(pathname: string): boolean {
  return pathname.startsWith('/s/') || pathname.startsWith('/api/s/');
}
