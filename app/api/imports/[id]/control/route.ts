import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { CONTROL_ACTIONS, controlImport } from '@/lib/imports/run/control-import';
import { getBoss } from '@/lib/jobs/start-workers';
import { localFileStorage } from '@/lib/storage/local-file-storage';

export const POST = route(
  {
    auth: 'admin',
    scope: 'import',
    params: z.object({ id: z.uuid() }),
    body: z.object({
      action: z.enum(CONTROL_ACTIONS),
      chunkIndex: z.number().int().min(0).optional(),
    }),
  },
  async ({ params, body }) => {
    await controlImport({
      db: await getDb(),
      boss: await getBoss(),
      storage: localFileStorage(),
      importId: params.id,
      ...body,
    });
    return Response.json({ ok: true });
  },
);
