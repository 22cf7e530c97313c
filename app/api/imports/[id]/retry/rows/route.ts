import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { listRetryRows } from '@/lib/retries/list-retry-rows';
import { localFileStorage } from '@/lib/storage/local-file-storage';

/** The rows not in the CRM after the latest attempt, with values and reasons, for the retry grid. */
export const GET = route({ auth: 'admin', params: z.object({ id: z.uuid() }) }, async ({ params }) =>
  Response.json(await listRetryRows({ db: await getDb(), storage: localFileStorage(), importId: params.id })),
);
