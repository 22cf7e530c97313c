import { z } from 'zod';
import { getUsers } from '@/lib/connections/get-metadata';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const GET = route(
  {
    auth: 'admin',
    params: z.object({ id: z.uuid() }),
    query: z.object({ refresh: z.literal('1').optional() }),
  },
  async ({ params, query }) =>
    Response.json(
      await getUsers({ db: await getDb(), connectionId: params.id, isRefresh: query.refresh === '1' }),
    ),
);
