import 'server-only';
import type PgBoss from 'pg-boss';
import { type Database, getDatabase } from '@/lib/db/client';
import { env } from '@/lib/env';
import { registerExportJobs } from '@/lib/exports/run/register-export-jobs';
import { advanceImportJob } from '@/lib/imports/run/advance-import-job';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { resumeImports } from '@/lib/imports/run/resume-imports';
import { queueNotifyEvent, registerNotificationJobs } from '@/lib/notifications/notification-jobs';
import { armSchedules } from '@/lib/schedules/arm-schedules';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { purgeUploadsJob } from '@/lib/uploads/purge-uploads-job';
import { createBoss } from './create-boss';
import { workJob } from './define-job';
import { heartbeatJob } from './heartbeat-job';

type Holder = { boss?: Promise<PgBoss> };
const holder = globalThis as typeof globalThis & { __fieldmapBoss?: Holder };

/** Every job type this app runs; new job definitions are added here. */
export async function registerJobs(boss: PgBoss, database: Database): Promise<void> {
  // First: an import finishing queues its notices in its own transaction, so their queue must exist by then.
  await registerNotificationJobs({ db: database.db, boss });
  await workJob(boss, heartbeatJob(database.db));
  await registerExportJobs(boss, database.db);
  const purge = purgeUploadsJob(database.db);
  await workJob(boss, purge);
  await workJob(
    boss,
    advanceImportJob({
      db: database.db,
      storage: localFileStorage(),
      boss,
      concurrentJobs: env().IMPORT_CONCURRENT_JOBS,
      pollMs: { first: 2_000, max: 30_000 },
      callbackBaseUrl,
      announce: (tx, importId, event) =>
        queueNotifyEvent(boss, tx, { subjectKind: 'import', subjectId: importId, event }),
    }),
  );
  await resumeImports(database.db, boss);
  await armSchedules({
    db: database.db,
    boss,
    storage: localFileStorage(),
    canReceiveCallbacks: (isSandbox) => Boolean(callbackBaseUrl(isSandbox)),
  });
  await boss.schedule(purge.name, '17 3 * * *');
}

export function getBoss(): Promise<PgBoss> {
  holder.__fieldmapBoss ??= {};
  holder.__fieldmapBoss.boss ??= (async () => {
    const database = await getDatabase();
    const boss = await createBoss(database);
    await registerJobs(boss, database);
    return boss;
  })();
  return holder.__fieldmapBoss.boss;
}

export async function stopBoss(): Promise<void> {
  const pending = holder.__fieldmapBoss?.boss;
  if (!pending) return;
  holder.__fieldmapBoss = {};
  await (await pending).stop({ graceful: true, wait: true, timeout: 10_000 });
}
