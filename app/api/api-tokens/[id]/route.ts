import { z } from 'zod';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const DELETE = route(
  {
    auth: 'admin',
    scope: 'admin',
    params: z.object({ id: z.uuid() }),
    summary: 'Revoke an API token at once',
  },
  async ({ params, session }) => {
    await revokeApiToken({ db: await getDb(), id: params.id, adminId: session.adminId });
    return new Response(null, { status: 204 });
  },
);
