import 'server-only';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { defineJob } from '@/lib/jobs/define-job';
import type { FileStorage } from '@/lib/storage/file-storage';
import { advanceImport } from './advance-import';
import type { ImportContext } from './import-context';
import { LEASE_MS } from './import-lease';

export const ADVANCE_IMPORT = 'import-advance';

/**
 * Sends (or wakes) an import's runner. The queue is `stately` with the import as singleton key: at most one pass
 * queued and one running per import, however many processes and restarts wake it (a wake while one is queued is
 * dropped: the queued one does the work). The import's fenced lease still admits one writer if pg-boss ever lets
 * a second pass run (an expired job retried while its handler is still going).
 */
export async function wakeImportRunner(
  boss: PgBoss,
  importId: string,
  options: { inMs?: number; db?: { executeSql(text: string, values?: unknown[]): Promise<unknown> } } = {},
): Promise<void> {
  await boss.send(
    ADVANCE_IMPORT,
    { importId },
    {
      singletonKey: importId,
      startAfter: Math.ceil((options.inMs ?? 0) / 1000),
      retryLimit: 20,
      retryDelay: 10,
      retryBackoff: true,
      // A pass left `active` by a killed process blocks the next one (stately) until pg-boss expires it: keep that
      // short. A live pass outlasting it is harmless: the retry cannot claim the lease its heartbeat keeps.
      expireInSeconds: (2 * LEASE_MS) / 1000,
      ...(options.db ? { db: options.db as PgBoss.Db } : {}),
    },
  );
}

/** The import runner: one pass per job, then it queues its own next pass until the import is finished. */
export function advanceImportJob(
  deps: { db: Db; storage: FileStorage; boss: PgBoss } & Omit<ImportContext, 'db' | 'storage'>,
) {
  return defineJob({
    name: ADVANCE_IMPORT,
    payload: z.object({ importId: z.uuid() }),
    options: { name: ADVANCE_IMPORT, policy: 'stately' },
    handler: async ({ importId }) => {
      const result = await advanceImport({ ...deps }, importId);
      if (result.runAgainInMs !== undefined)
        await wakeImportRunner(deps.boss, importId, { inMs: result.runAgainInMs });
    },
  });
}
