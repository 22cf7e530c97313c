import { signInSchema } from '@/lib/auth/auth-schemas';
import { signInAdmin } from '@/lib/auth/sign-in-admin';
import { startSession } from '@/lib/auth/start-session';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'public', body: signInSchema }, async ({ body, request }) => {
  const admin = await signInAdmin({ db: await getDb(), ...body, client: clientAddress(request) });
  const cookie = await startSession(admin, request.headers);
  return Response.json(
    { name: admin.name },
    { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } },
  );
});
