import { getDb } from '@/lib/db/client';
import { createExport } from '@/lib/exports/create/create-export';
import { exportDefinitionSchema } from '@/lib/exports/definitions/export-definition';
import { validateExportDefinition } from '@/lib/exports/definitions/validate-export-definition';
import { listExports } from '@/lib/exports/views/list-exports';
import { route } from '@/lib/http/route';
import { getBoss } from '@/lib/jobs/start-workers';

export const GET = route({ auth: 'admin' }, async () =>
  Response.json({ exports: await listExports(await getDb()) }),
);

export const POST = route(
  { auth: 'admin', scope: 'export', body: exportDefinitionSchema },
  async ({ body, session }) => {
    const db = await getDb();
    const definition = await validateExportDefinition(db, body);
    const created = await createExport({ db, boss: await getBoss(), adminId: session.adminId, definition });
    return Response.json({ id: created.id }, { status: 201 });
  },
);
