import 'server-only';
import { ensureFirstAdmin } from '@/lib/auth/ensure-first-admin';
import { closeDb, getDatabase } from '@/lib/db/client';
import { getBoss, stopBoss } from '@/lib/jobs/start-workers';

/** Runs once when `next start` boots (instrumentation.ts): database, first admin, background workers. */
export async function startServer(): Promise<void> {
  const database = await getDatabase();
  await ensureFirstAdmin(database.db);
  await getBoss();
  let isStopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`[fieldmap] ${signal}: finishing background work and closing the database…`);
    await stopBoss().catch((error: Error) => console.error('[fieldmap] stopping jobs:', error.message));
    await closeDb().catch((error: Error) => console.error('[fieldmap] closing the database:', error.message));
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
