import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { scheduleExportStep } from '@/lib/exports/run/export-job';
import { resendPage } from '@/lib/exports/run/resend-page';
import { route } from '@/lib/http/route';
import { getBoss } from '@/lib/jobs/start-workers';

const params = z.object({ id: z.uuid(), page: z.coerce.number().int().positive() });

export const POST = route({ auth: 'admin', scope: 'export', params }, async ({ params }) => {
  await resendPage({ db: await getDb(), exportId: params.id, page: params.page });
  await scheduleExportStep(await getBoss(), params.id);
  return Response.json({ status: 'resent' });
});
