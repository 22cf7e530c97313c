import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { appMeta } from '@/lib/db/schema';
import { defineJob } from './define-job';

/** Proves the background worker runs: records when it last ran in app_meta. */
export function heartbeatJob(db: Db) {
  return defineJob({
    name: 'heartbeat',
    payload: z.object({ at: z.iso.datetime() }),
    options: { name: 'heartbeat', retryLimit: 3 },
    handler: async ({ at }) => {
      await db
        .insert(appMeta)
        .values({ key: 'heartbeat', value: at })
        .onConflictDoUpdate({ target: appMeta.key, set: { value: at, updatedAt: sql`now()` } });
    },
  });
}
