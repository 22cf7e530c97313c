import 'server-only';
import PgBoss from 'pg-boss';
import type { Database } from '@/lib/db/client';

/** pg-boss on the same database: natively on Postgres, through our SQL adapter on PGlite (one connection). */
export async function createBoss(database: Database): Promise<PgBoss> {
  const boss =
    database.engine === 'postgres'
      ? new PgBoss({ connectionString: database.connectionString, max: 4 })
      : new PgBoss({
          db: { executeSql: (text, values) => database.executeSql(text, values) },
          supervise: true,
        });
  boss.on('error', (error) => console.error('[jobs]', error.message));
  await boss.start();
  return boss;
}
