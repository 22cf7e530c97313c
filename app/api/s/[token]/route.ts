import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { getPublicJobView } from '@/lib/share-links/get-public-job-view';
import { SHARE_HEADERS } from '@/lib/share-links/share-headers';

// Any string: a malformed token must get the same 404 as an unknown one, not a 422.
const params = z.object({ token: z.string() });

/** Public (capability URL): the status a share link shows, polled by its page. Rate-limited in proxy.ts. */
export const GET = route({ auth: 'public', params }, async ({ params }) =>
  Response.json(await getPublicJobView({ db: await getDb(), token: params.token }), {
    headers: SHARE_HEADERS,
  }),
);
