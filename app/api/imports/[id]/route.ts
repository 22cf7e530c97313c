import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { getImportAdminView } from '@/lib/imports/views/import-admin-view';

export const GET = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) =>
  Response.json(await getImportAdminView(await getDb(), params.id)),
);
