import { clearSessionCookieHeaders } from '@/lib/auth/session-cookie';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'admin', scope: 'session-only' }, async () => {
  const headers = new Headers();
  for (const cookie of clearSessionCookieHeaders()) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 204, headers });
});
