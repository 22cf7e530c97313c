import 'server-only';
import type PgBoss from 'pg-boss';
import { type Database, getDatabase } from '@/lib/db/client';
import { exportStepJob } from '@/lib/exports/export-job';
import { purgeUploadsJob } from '@/lib/uploads/purge-uploads-job';
import { createBoss } from './create-boss';
import { workJob } from './define-job';
import { heartbeatJob } from './heartbeat-job';

type Holder = { boss?: Promise<PgBoss> };
const holder = globalThis as typeof globalThis & { __fieldmapBoss?: Holder };

/** Every job type this app runs; new job definitions are added here. */
export async function registerJobs(boss: PgBoss, database: Database): Promise<void> {
  await workJob(boss, heartbeatJob(database.db));
  await workJob(boss, exportStepJob(database.db, boss));
  const purge = purgeUploadsJob(database.db);
  await workJob(boss, purge);
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
