import { setupSchema } from '@/lib/auth/auth-schemas';
import { createAdmin } from '@/lib/auth/create-admin';
import { hasAnyAdmin } from '@/lib/auth/has-any-admin';
import { consumeSetupToken, isSetupTokenValid } from '@/lib/auth/setup-token';
import { startSession } from '@/lib/auth/start-session';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'public', body: setupSchema }, async ({ body, request }) => {
  const db = await getDb();
  if (await hasAnyAdmin(db)) throw new AppError('conflict', 'Fieldmap is already set up. Sign in instead.');
  if (!isSetupTokenValid(body.setupToken)) {
    throw new AppError('validation', 'That setup code is not right. Copy it from the server log.', {
      fields: [
        { path: ['setupToken'], message: 'That setup code is not right. Copy it from the server log.' },
      ],
    });
  }
  const admin = await createAdmin({ db, email: body.email, name: body.name, password: body.password });
  consumeSetupToken();
  const cookie = await startSession(admin, request.headers);
  return Response.json(
    { name: admin.name },
    { status: 201, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } },
  );
});
