import { newAdminSchema } from '@/lib/auth/auth-schemas';
import { createAdmin } from '@/lib/auth/create-admin';
import { listAdmins } from '@/lib/auth/list-admins';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'admin', scope: 'admin' }, async () =>
  Response.json({ admins: await listAdmins(await getDb()) }),
);

export const POST = route({ auth: 'admin', body: newAdminSchema }, async ({ body }) => {
  const admin = await createAdmin({ db: await getDb(), ...body });
  return Response.json({ id: admin.id }, { status: 201 });
});
