import 'server-only';
import PgBoss from 'pg-boss';
import type { Database } from '@/lib/db/client';

/** How often pg-boss's scheduler looks at the crons (tests shorten it to see a schedule fire). */
export type BossTiming = Pick<
  PgBoss.SchedulingOptions,
  'cronMonitorIntervalSeconds' | 'cronWorkerIntervalSeconds'
>;

/** pg-boss on the same database: natively on Postgres, through our SQL adapter on PGlite (one connection). */
export async function createBoss(database: Database, timing: BossTiming = {}): Promise<PgBoss> {
  const boss =
    database.engine === 'postgres'
      ? new PgBoss({ connectionString: database.connectionString, max: 4, ...timing })
      : new PgBoss({
          db: { executeSql: (text, values) => database.executeSql(text, values) },
          supervise: true,
          ...timing,
        });
  boss.on('error', (error) => console.error('[jobs]', error.message));
  await boss.start();
  return boss;
}
