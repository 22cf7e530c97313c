import { z } from 'zod';
import { completeConnect } from '@/lib/connections/complete-connect';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/http/app-error';
import { appOrigin } from '@/lib/http/app-origin';
import { route } from '@/lib/http/route';

const callbackQuery = z.object({
  state: z.string().optional(),
  code: z.string().optional(),
  location: z.string().optional(),
  'accounts-server': z.string().optional(),
  error: z.string().optional(),
});

// Zoho sends the admin's browser here; the outcome is shown on the Connection page either way.
export const GET = route(
  { auth: 'admin', scope: 'session-only', query: callbackQuery },
  async ({ query, session, request }) => {
    const origin = appOrigin(request.headers);
    const back = new URL('/connection', origin);
    try {
      back.searchParams.set(
        'connected',
        await completeConnect({ db: await getDb(), adminId: session.adminId, query, appOrigin: origin }),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      back.searchParams.set('error', error.message);
    }
    return Response.redirect(back.toString(), 302);
  },
);
