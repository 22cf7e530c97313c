import { setupSchema } from '@/lib/auth/auth-schemas';
import { completeSetup } from '@/lib/auth/complete-setup';
import { startSession } from '@/lib/auth/start-session';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'public', body: setupSchema }, async ({ body, request }) => {
  const admin = await completeSetup({ db: await getDb(), ...body, client: clientAddress(request) });
  const cookie = await startSession(admin, request.headers);
  return Response.json(
    { name: admin.name },
    { status: 201, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } },
  );
});
