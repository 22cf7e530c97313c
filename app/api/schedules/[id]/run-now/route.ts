import { z } from 'zod';
import { route } from '@/lib/http/route';
import { scheduleContext } from '@/lib/schedules/schedule-context';
import { fireScheduleNow } from '@/lib/schedules/schedule-job';

export const POST = route(
  {
    auth: 'admin',
    scope: 'import',
    params: z.object({ id: z.uuid() }),
    summary: 'Run a schedule now, off its cron',
  },
  async ({ params }) => {
    await fireScheduleNow((await scheduleContext()).boss, params.id);
    return new Response(null, { status: 202 });
  },
);
