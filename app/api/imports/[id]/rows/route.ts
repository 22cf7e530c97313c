import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { listImportRows } from '@/lib/imports/views/list-import-rows';
import { localFileStorage } from '@/lib/storage/local-file-storage';

/** Rows that did not reach the CRM, a page at a time, with their original values. */
export const GET = route(
  {
    auth: 'admin',
    params: z.object({ id: z.uuid() }),
    query: z.object({ page: z.coerce.number().int().min(0).default(0) }),
  },
  async ({ params, query }) =>
    Response.json(
      await listImportRows({
        db: await getDb(),
        storage: localFileStorage(),
        importId: params.id,
        page: query.page,
      }),
    ),
);
