// A stand-in server process for the crash test: runs one import's passes until it is finished (or killed).
import { openDatabase } from '@/lib/db/open-database';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { advanceImport } from '../run/advance-import';

async function main(): Promise<void> {
  const [connectionString, storageRoot = '', importId = ''] = process.argv.slice(2);
  const database = await openDatabase({ url: connectionString, dataDir: storageRoot });
  const context = {
    db: database.db,
    storage: localFileStorage(storageRoot),
    concurrentJobs: 1,
    pollMs: { first: 100, max: 300 },
    leaseMs: 2_000,
  };
  for (;;) {
    const result = await advanceImport(context, importId);
    if (result.runAgainInMs === undefined) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(result.runAgainInMs ?? 0, 200)));
  }
  await database.close();
}

void main();
