import { z } from 'zod';
import { getModuleFields } from '@/lib/connections/get-metadata';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

const params = z.object({ id: z.uuid(), module: z.string().regex(/^\w+$/, 'Not a module API name.') });

export const GET = route(
  { auth: 'admin', params, query: z.object({ refresh: z.literal('1').optional() }) },
  async ({ params, query }) =>
    Response.json(
      await getModuleFields({
        db: await getDb(),
        connectionId: params.id,
        module: params.module,
        isRefresh: query.refresh === '1',
      }),
    ),
);
