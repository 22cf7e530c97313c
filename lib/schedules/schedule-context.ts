import 'server-only';
import { getDb } from '@/lib/db/client';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { getBoss } from '@/lib/jobs/start-workers';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import type { RunScheduleContext } from './run-schedule';

/** What routes hand the schedule verbs: the app's database, job queue and file storage. */
export async function scheduleContext(): Promise<RunScheduleContext> {
  return {
    db: await getDb(),
    boss: await getBoss(),
    storage: localFileStorage(),
    canReceiveCallbacks: (isSandbox) => Boolean(callbackBaseUrl(isSandbox)),
  };
}
