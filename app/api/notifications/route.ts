import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { createNotificationChannel } from '@/lib/notifications/create-notification-channel';
import { listNotificationChannels } from '@/lib/notifications/list-notification-channels';
import { createNotificationChannelSchema } from '@/lib/notifications/notification-schemas';

export const GET = route(
  { auth: 'admin', scope: 'admin', summary: 'List your notification webhooks and e-mail addresses' },
  async ({ session }) =>
    Response.json({
      channels: await listNotificationChannels({ db: await getDb(), adminId: session.adminId }),
    }),
);

export const POST = route(
  {
    auth: 'admin',
    scope: 'admin',
    body: createNotificationChannelSchema,
    summary: 'Add a webhook or e-mail notification; a webhook’s signing secret is shown once',
  },
  async ({ body, session }) =>
    Response.json(await createNotificationChannel({ db: await getDb(), admin: session, input: body }), {
      status: 201,
    }),
);
