import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { listScheduleRuns } from '@/lib/schedules/list-schedules';

export const GET = route(
  {
    auth: 'admin',
    params: z.object({ id: z.uuid() }),
    summary: "A schedule's runs: each file and what became of it",
  },
  async ({ params }) => Response.json({ runs: await listScheduleRuns(await getDb(), params.id) }),
);
