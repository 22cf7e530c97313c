import { route } from '@/lib/http/route';
import { createSchedule } from '@/lib/schedules/create-schedule';
import { listSchedules } from '@/lib/schedules/list-schedules';
import { scheduleContext } from '@/lib/schedules/schedule-context';
import { createScheduleSchema } from '@/lib/schedules/schedule-schemas';

export const GET = route(
  { auth: 'admin', summary: 'List schedules with their next and last run' },
  async () => {
    const { db } = await scheduleContext();
    return Response.json({ schedules: await listSchedules(db) });
  },
);

export const POST = route(
  {
    auth: 'admin',
    scope: 'import',
    body: createScheduleSchema,
    summary: 'Schedule imports of the CSVs in a server folder with a saved template, on a cron',
  },
  async ({ body, session }) =>
    Response.json(await createSchedule(await scheduleContext(), session.adminId, body), { status: 201 }),
);
