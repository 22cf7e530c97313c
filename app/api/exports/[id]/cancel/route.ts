import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { cancelExport } from '@/lib/exports/run/cancel-export';
import { route } from '@/lib/http/route';

export const POST = route(
  { auth: 'admin', scope: 'export', params: z.object({ id: z.uuid() }) },
  async ({ params }) => {
    await cancelExport({ db: await getDb(), exportId: params.id });
    return Response.json({ status: 'cancelled' });
  },
);
