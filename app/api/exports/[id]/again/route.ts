import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { exports } from '@/lib/db/schema';
import { createExport } from '@/lib/exports/create/create-export';
import { validateExportDefinition } from '@/lib/exports/definitions/validate-export-definition';
import { scheduleExportStep } from '@/lib/exports/run/export-job';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { getBoss } from '@/lib/jobs/start-workers';

/** "Export again": the same definition as this run (its snapshot), checked again, as a new export. */
export const POST = route(
  { auth: 'admin', scope: 'export', params: z.object({ id: z.uuid() }) },
  async ({ params, session }) => {
    const db = await getDb();
    const [run] = await db.select().from(exports).where(eq(exports.id, params.id));
    if (!run) throw new AppError('not_found', 'That export does not exist.');
    const definition = await validateExportDefinition(db, run.definition);
    const created = await createExport({
      db,
      adminId: session.adminId,
      definition,
      definitionId: run.definitionId ?? undefined,
    });
    await scheduleExportStep(await getBoss(), created.id);
    return Response.json({ id: created.id }, { status: 201 });
  },
);
