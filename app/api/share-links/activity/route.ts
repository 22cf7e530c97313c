import { listJobActivity } from '@/lib/audit/list-job-activity';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { listShareLinksQuerySchema } from '@/lib/share-links/share-link-schemas';

/** Who created or revoked which link of a job, and who retried its rows, when. */
export const GET = route({ auth: 'admin', query: listShareLinksQuerySchema }, async ({ query }) =>
  Response.json({ events: await listJobActivity({ db: await getDb(), ...query }) }),
);
