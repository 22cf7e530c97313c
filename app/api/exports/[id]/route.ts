import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { getExportView } from '@/lib/exports/views/list-exports';
import { route } from '@/lib/http/route';

export const GET = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) =>
  Response.json(await getExportView(await getDb(), params.id)),
);
