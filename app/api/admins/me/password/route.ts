import { changePasswordSchema } from '@/lib/auth/auth-schemas';
import { changePassword } from '@/lib/auth/change-password';
import { startSession } from '@/lib/auth/start-session';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const POST = route(
  { auth: 'admin', scope: 'session-only', body: changePasswordSchema },
  async ({ body, session, request }) => {
    const admin = await changePassword({ db: await getDb(), adminId: session.adminId, ...body });
    return new Response(null, {
      status: 204,
      headers: { 'Set-Cookie': await startSession(admin, request.headers) },
    });
  },
);
