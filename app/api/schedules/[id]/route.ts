import { z } from 'zod';
import { route } from '@/lib/http/route';
import { scheduleContext } from '@/lib/schedules/schedule-context';
import { updateScheduleSchema } from '@/lib/schedules/schedule-schemas';
import { deleteSchedule, setScheduleEnabled } from '@/lib/schedules/update-schedule';

const params = z.object({ id: z.uuid() });

export const PATCH = route(
  {
    auth: 'admin',
    scope: 'import',
    params,
    body: updateScheduleSchema,
    summary: 'Pause or resume a schedule',
  },
  async ({ params, body }) => {
    await setScheduleEnabled(await scheduleContext(), params.id, body.isEnabled);
    return new Response(null, { status: 204 });
  },
);

export const DELETE = route(
  { auth: 'admin', scope: 'import', params, summary: 'Delete a schedule and its run log' },
  async ({ params }) => {
    await deleteSchedule(await scheduleContext(), params.id);
    return new Response(null, { status: 204 });
  },
);
