import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { getBoss } from '@/lib/jobs/start-workers';
import { createRetry } from '@/lib/retries/create-retry';
import { getRetrySummary } from '@/lib/retries/get-retry-summary';
import { createRetryBodySchema } from '@/lib/retries/retry-schemas';

const params = z.object({ id: z.uuid() });

/** Where the file stands after the import and its retries. */
export const GET = route({ auth: 'admin', params }, async ({ params }) =>
  Response.json(await getRetrySummary(await getDb(), params.id)),
);

/** Send some of the rows not in the CRM again, with the admin's fixes, as a retry import. */
export const POST = route(
  { auth: 'admin', scope: 'import', params, body: createRetryBodySchema },
  async ({ params, body, session }) => {
    const created = await createRetry({
      db: await getDb(),
      boss: await getBoss(),
      admin: session,
      importId: params.id,
      body,
      canReceiveCallbacks: (isSandbox) => Boolean(callbackBaseUrl(isSandbox)),
    });
    return Response.json(created, { status: 201 });
  },
);
