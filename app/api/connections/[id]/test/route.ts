import { z } from 'zod';
import { testConnection } from '@/lib/connections/test-connection';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';

export const POST = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) =>
  Response.json(await testConnection({ db: await getDb(), id: params.id })),
);
