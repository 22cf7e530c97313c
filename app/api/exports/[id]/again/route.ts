import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { exportAgain } from '@/lib/exports/create/export-again';
import { route } from '@/lib/http/route';
import { getBoss } from '@/lib/jobs/start-workers';

/** "Export again": the same definition as this run (its snapshot), checked again, as a new export. */
export const POST = route(
  { auth: 'admin', scope: 'export', params: z.object({ id: z.uuid() }) },
  async ({ params, session }) => {
    const created = await exportAgain({
      db: await getDb(),
      boss: await getBoss(),
      adminId: session.adminId,
      exportId: params.id,
    });
    return Response.json({ id: created.id }, { status: 201 });
  },
);
