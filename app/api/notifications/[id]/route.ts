import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { deleteNotificationChannel } from '@/lib/notifications/delete-notification-channel';

export const DELETE = route(
  {
    auth: 'admin',
    scope: 'admin',
    params: z.object({ id: z.uuid() }),
    summary: 'Remove a notification (its delivery log goes with it)',
  },
  async ({ params, session }) => {
    await deleteNotificationChannel({ db: await getDb(), id: params.id, adminId: session.adminId });
    return new Response(null, { status: 204 });
  },
);
