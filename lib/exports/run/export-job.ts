import 'server-only';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { defineJob } from '@/lib/jobs/define-job';
import type { FileStorage } from '@/lib/storage/file-storage';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { advanceExport } from './advance-export';

export const EXPORT_STEP_QUEUE = 'export-step';
const payloadSchema = z.object({ exportId: z.uuid() });

/**
 * One step of one export per execution. `stately` with the export id as singleton key: at most one step of an
 * export queued and one running, so a wake-up and a scheduled poll never run the same export twice at once.
 */
export function exportStepJob(db: Db, boss: PgBoss, storage: FileStorage = localFileStorage()) {
  return defineJob({
    name: EXPORT_STEP_QUEUE,
    payload: payloadSchema,
    options: {
      name: EXPORT_STEP_QUEUE,
      policy: 'stately',
      retryLimit: 5,
      retryDelay: 10,
      retryBackoff: true,
    },
    handler: async ({ exportId }) => {
      const result = await advanceExport({ db, storage, exportId });
      if (result.next === 'stop') return;
      await scheduleExportStep(boss, exportId, result.next === 'now' ? 0 : result.seconds);
    },
  });
}

/**
 * Queues the export's next step; when one is queued already (stately), that one will run it. With `db` (a
 * transaction's `transactionSql`), the step is committed or rolled back with the rows that asked for it.
 */
export async function scheduleExportStep(
  boss: PgBoss,
  exportId: string,
  seconds = 0,
  options: { db?: { executeSql(text: string, values?: unknown[]): Promise<unknown> } } = {},
): Promise<void> {
  await boss.send(EXPORT_STEP_QUEUE, payloadSchema.parse({ exportId }), {
    singletonKey: exportId,
    ...(seconds > 0 ? { startAfter: seconds } : {}),
    ...(options.db ? { db: options.db as PgBoss.Db } : {}),
  });
}
