import 'server-only';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { getConnection } from '@/lib/connections/get-connection';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { Db } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { transactionSql } from '@/lib/db/transaction-sql';
import { AppError } from '@/lib/http/app-error';
import { callbackSecret, hashCallbackSecret } from '@/lib/jobs/callback-secret';
import { checkMapping } from '@/lib/mapping/check-mapping';
import { getUpload } from '@/lib/uploads/get-upload';
import { wakeImportRunner } from './advance-import-job';
import type { CreateImportBody } from './import-schemas';

/**
 * Stores an import with everything needed to run it (settings, mapping, how to read the file) and queues its
 * runner in the same transaction. The mapping is checked here with the board's own code; rows are checked by
 * the runner's first step, never in the request.
 */
export async function createImport(options: {
  db: Db;
  boss: PgBoss;
  adminId: string;
  body: CreateImportBody;
  /** Zoho can reach our callback route (a public https URL, or the local sandbox). */
  canReceiveCallbacks: (isSandbox: boolean) => boolean;
}): Promise<{ id: string }> {
  const { db, body } = options;
  const upload = await getUpload(db, body.uploadId);
  if (upload.status !== 'complete')
    throw new AppError('conflict', 'The file has not finished uploading. Wait for the upload to complete.');
  const connection = await getConnection(db, body.settings.connectionId);
  const { fields, layouts } = await getModuleFields({
    db,
    connectionId: connection.id,
    module: body.settings.module,
  });
  const unknown = Object.values(body.mapping.columns).flatMap((column) =>
    column.kind === 'matched' && !fields.some((field) => field.apiName === column.apiName)
      ? [column.apiName]
      : [],
  );
  if (unknown.length > 0)
    throw new AppError(
      'validation',
      `${body.settings.module} has no field ${unknown.join(', ')}. Refresh the fields and map again.`,
    );
  const errors = checkMapping({
    state: body.mapping,
    columns: [],
    fields,
    layouts,
    settings: body.settings,
  }).filter((problem) => problem.severity === 'error');
  if (errors.length > 0)
    throw new AppError('validation', errors.map((problem) => problem.message).join(' '), {
      problems: errors,
    });

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({
        name: body.name ?? (body.rowLimit ? `Test run of ${upload.fileName}` : upload.fileName),
        adminId: options.adminId,
        connectionId: connection.id,
        uploadId: upload.id,
        module: body.settings.module,
        operation: body.settings.operation,
        apiVersion: connection.apiVersion,
        settings: body.settings,
        mapping: body.mapping,
        parseOptions: body.parseOptions,
        fileName: upload.fileName,
        exclusion: body.exclusion,
        rowLimit: body.rowLimit ?? null,
        retryOf: body.retryOf ?? null,
        retryRows: body.retryRows ?? null,
      })
      .returning({ id: imports.id });
    if (!row) throw new Error('The import was not stored');
    if (options.canReceiveCallbacks(connection.isSandbox))
      await tx
        .update(imports)
        .set({ callbackSecretHash: hashCallbackSecret(callbackSecret('import', row.id)) })
        .where(eq(imports.id, row.id));
    await wakeImportRunner(options.boss, row.id, { db: transactionSql(tx) });
    return { id: row.id };
  });
}
