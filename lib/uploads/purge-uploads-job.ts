import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { defineJob } from '@/lib/jobs/define-job';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { purgeExpiredUploads } from './purge-expired-uploads';

/** Runs daily (scheduled in start-workers.ts): files past RETENTION_DAYS are deleted. */
export function purgeUploadsJob(db: Db) {
  return defineJob({
    name: 'purge-expired-uploads',
    payload: z.object({}).passthrough(),
    options: { name: 'purge-expired-uploads', retryLimit: 2 },
    handler: async () => {
      const purged = await purgeExpiredUploads({ db, storage: localFileStorage() });
      if (purged > 0) console.log(`[fieldmap] Purged ${purged} expired upload(s).`);
    },
  });
}
