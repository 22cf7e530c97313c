import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { listNotificationDeliveries } from '@/lib/notifications/list-notification-deliveries';

export const GET = route(
  { auth: 'admin', scope: 'admin', summary: 'The delivery log of your notifications, newest first' },
  async ({ session }) =>
    Response.json({
      deliveries: await listNotificationDeliveries({ db: await getDb(), adminId: session.adminId }),
    }),
);
