import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { runSavedDefinition } from '@/lib/exports/create/run-saved-definition';
import { route } from '@/lib/http/route';
import { getBoss } from '@/lib/jobs/start-workers';

export const POST = route(
  { auth: 'admin', scope: 'export', params: z.object({ definitionId: z.uuid() }) },
  async ({ params, session }) => {
    const created = await runSavedDefinition({
      db: await getDb(),
      boss: await getBoss(),
      adminId: session.adminId,
      definitionId: params.definitionId,
    });
    return Response.json({ id: created.id }, { status: 201 });
  },
);
