import { z } from 'zod';
import { route } from '@/lib/http/route';
import { listSandboxRecords } from '@/lib/sandbox/list-sandbox-records';

export const GET = route(
  {
    auth: 'admin',
    params: z.object({ module: z.string().regex(/^\w{1,100}$/) }),
    query: z.object({
      page: z.coerce.number().int().min(1).max(1_000_000).default(1),
      q: z.string().trim().max(200).optional(),
    }),
  },
  async ({ params, query }) =>
    Response.json(
      await listSandboxRecords({ module: params.module, page: query.page, q: query.q || undefined }),
    ),
);
