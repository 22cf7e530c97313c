import { getDb } from '@/lib/db/client';
import { createExport } from '@/lib/exports/create-export';
import { exportDefinitionSchema } from '@/lib/exports/export-definition';
import { scheduleExportStep } from '@/lib/exports/export-job';
import { listExports } from '@/lib/exports/list-exports';
import { validateExportDefinition } from '@/lib/exports/validate-export-definition';
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
    const created = await createExport({ db, adminId: session.adminId, definition });
    await scheduleExportStep(await getBoss(), created.id);
    return Response.json({ id: created.id }, { status: 201 });
  },
);
