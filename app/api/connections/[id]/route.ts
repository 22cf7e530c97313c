import { z } from 'zod';
import { disconnect } from '@/lib/connections/disconnect';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const DELETE = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) => {
  await disconnect({ db: await getDb(), id: params.id });
  return new Response(null, { status: 204 });
});
