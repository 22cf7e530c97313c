import { type NextRequest, NextResponse } from 'next/server';
import { renewSessionCookie } from '@/lib/auth/renew-session-cookie';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { isSharePath, SHARE_HEADERS } from '@/lib/share-links/share-headers';
import { limitShareRequest } from '@/lib/share-links/share-rate-limit';

/**
 * A fresh CSP nonce per request (Next puts it on its own scripts when it finds it in the request's CSP), and
 * page views keep an active session alive. Access is never decided here: pages and routes check the session.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const isShare = isSharePath(request.nextUrl.pathname);
  const limited = isShare ? limitShareRequest(request) : undefined;
  if (limited) return limited;
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (isShare) for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  // API routes renew in route(), where sign-in/sign-out set their own cookie; only page views renew here.
  if (request.method === 'GET' && !request.nextUrl.pathname.startsWith('/api/')) {
    const renewed = await renewSessionCookie(
      { cookieHeader: request.headers.get('cookie') },
      request.headers,
    ).catch(() => null);
    if (renewed) response.headers.append('Set-Cookie', renewed);
  }
  return response;
}

export const config = {
  // Upload routes stay outside: Next buffers and caps request bodies that pass through the proxy.
  matcher: [
    {
      source: '/((?!api/uploads|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
