import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { IMPORT_STATUSES } from '@/lib/db/schema';
import { route } from '@/lib/http/route';
import { createImport } from '@/lib/imports/create/create-import';
import { createImportBodySchema } from '@/lib/imports/create/import-schemas';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { listImports } from '@/lib/imports/views/list-imports';
import { getBoss } from '@/lib/jobs/start-workers';

export const POST = route(
  { auth: 'admin', scope: 'import', body: createImportBodySchema },
  async ({ body, session }) => {
    const created = await createImport({
      db: await getDb(),
      boss: await getBoss(),
      adminId: session.adminId,
      body,
      canReceiveCallbacks: (isSandbox) => Boolean(callbackBaseUrl(isSandbox)),
    });
    return Response.json(created, { status: 201 });
  },
);

export const GET = route(
  {
    auth: 'admin',
    query: z.object({
      status: z.enum(IMPORT_STATUSES).optional(),
      module: z.string().max(100).optional(),
      search: z.string().max(200).optional(),
    }),
  },
  async ({ query }) => Response.json({ imports: await listImports(await getDb(), query) }),
);
