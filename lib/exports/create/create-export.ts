import 'server-only';
import type PgBoss from 'pg-boss';
import { getConnection } from '@/lib/connections/get-connection';
import type { Db } from '@/lib/db/client';
import { type Export, exportDefinitions, exports } from '@/lib/db/schema';
import { transactionSql } from '@/lib/db/transaction-sql';
import type { ExportDefinition } from '../definitions/export-definition';
import { scheduleExportStep } from '../run/export-job';

/**
 * A run of a definition (a new definition is saved first), with its first step queued in the same transaction:
 * an export never exists without the job that runs it. `boss: null` only for tests that drive the steps by hand.
 */
export async function createExport(options: {
  db: Db;
  boss: PgBoss | null;
  adminId: string;
  definition: ExportDefinition;
  definitionId?: string;
}): Promise<Export> {
  const { db, boss, adminId, definition } = options;
  const connection = await getConnection(db, definition.connectionId);
  return db.transaction(async (tx) => {
    let definitionId = options.definitionId;
    if (!definitionId) {
      const [saved] = await tx
        .insert(exportDefinitions)
        .values({
          name: definition.name,
          connectionId: connection.id,
          module: definition.module,
          fileType: definition.fileType,
          definition,
          createdBy: adminId,
        })
        .returning({ id: exportDefinitions.id });
      definitionId = saved?.id;
    }
    const [created] = await tx
      .insert(exports)
      .values({
        definitionId,
        name: definition.name,
        adminId,
        connectionId: connection.id,
        module: definition.module,
        fileType: definition.fileType,
        apiVersion: connection.apiVersion,
        definition,
      })
      .returning();
    if (!created) throw new Error('The export was not saved');
    if (boss) await scheduleExportStep(boss, created.id, 0, { db: transactionSql(tx) });
    return created;
  });
}
