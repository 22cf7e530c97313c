import { endAllSessions } from '@/lib/auth/end-all-sessions';
import { clearSessionCookieHeaders } from '@/lib/auth/session-cookie';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'admin', scope: 'session-only' }, async ({ session }) => {
  await endAllSessions({ db: await getDb(), adminId: session.adminId });
  const headers = new Headers();
  for (const cookie of clearSessionCookieHeaders()) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 204, headers });
});
