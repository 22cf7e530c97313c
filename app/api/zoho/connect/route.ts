import { z } from 'zod';
import { startConnect } from '@/lib/connections/start-connect';
import { getDb } from '@/lib/db/client';
import { appOrigin } from '@/lib/http/app-origin';
import { route } from '@/lib/http/route';
import { DATA_CENTRE_IDS } from '@/lib/zoho/data-centres';

export const GET = route(
  { auth: 'admin', scope: 'session-only', query: z.object({ dc: z.enum(DATA_CENTRE_IDS) }) },
  async ({ query, session, request }) => {
    const url = await startConnect({
      db: await getDb(),
      adminId: session.adminId,
      dataCentreId: query.dc,
      appOrigin: appOrigin(request.headers),
    });
    return Response.redirect(url, 302);
  },
);
