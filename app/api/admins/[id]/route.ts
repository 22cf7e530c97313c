import { z } from 'zod';
import { removeAdmin } from '@/lib/auth/remove-admin';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const DELETE = route(
  { auth: 'admin', params: z.object({ id: z.uuid() }) },
  async ({ params, session }) => {
    await removeAdmin({ db: await getDb(), adminId: params.id, actingAdminId: session.adminId });
    return new Response(null, { status: 204 });
  },
);
