import 'server-only';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { getConnection } from '@/lib/connections/get-connection';
import { getModuleFields } from '@/lib/connections/get-metadata';
import type { CrmField } from '@/lib/crm/crm-field';
import type { Db } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { transactionSql } from '@/lib/db/transaction-sql';
import { AppError } from '@/lib/http/app-error';
import { callbackSecret, hashCallbackSecret } from '@/lib/jobs/callback-secret';
import { checkMapping } from '@/lib/mapping/check-mapping';
import { childFieldsWithoutParent } from '@/lib/mapping/parent-field';
import { getUpload } from '@/lib/uploads/get-upload';
import { wakeImportRunner } from '../run/advance-import-job';
import { childRelation } from './child-relation';
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
  const children = await checkChildFiles(db, body, fields);

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
        // Several CSVs in one job need v3+ (file_names, parent_column_index).
        apiVersion: children.length > 0 ? familyApiVersion(connection.apiVersion) : connection.apiVersion,
        settings: body.settings,
        mapping: body.mapping,
        parseOptions: body.parseOptions,
        fileName: upload.fileName,
        exclusion: body.exclusion,
        rowLimit: body.rowLimit ?? null,
        retryOf: body.retryOf ?? null,
        retryRows: body.retryRows ?? null,
        keyColumn: children.length > 0 ? (body.parentKeyColumn ?? null) : null,
      })
      .returning({ id: imports.id });
    if (!row) throw new Error('The import was not stored');
    for (const [i, child] of children.entries())
      await tx.insert(imports).values({
        name: `${child.relation.label} of ${body.name ?? upload.fileName}`,
        adminId: options.adminId,
        connectionId: connection.id,
        uploadId: child.upload.id,
        module: child.relation.module,
        operation: 'insert',
        apiVersion: familyApiVersion(connection.apiVersion),
        settings: {
          ...body.settings,
          module: child.relation.module,
          operation: 'insert',
          findBy: undefined,
          layoutId: undefined,
        },
        mapping: child.body.mapping,
        parseOptions: child.body.parseOptions,
        fileName: child.upload.fileName,
        familyParentId: row.id,
        familyPosition: i + 1,
        // A test run's child files say so on their pages (the split limits the parent's rows, not theirs).
        rowLimit: body.rowLimit ?? null,
        keyColumn: child.body.keyColumn,
        familyRelation: {
          kind: child.relation.kind,
          field: child.relation.field,
          label: child.relation.label,
          parentField: child.relation.parentField,
        },
      });
    if (options.canReceiveCallbacks(connection.isSandbox))
      await tx
        .update(imports)
        .set({ callbackSecretHash: hashCallbackSecret(callbackSecret('import', row.id)) })
        .where(eq(imports.id, row.id));
    await wakeImportRunner(options.boss, row.id, { db: transactionSql(tx) });
    return { id: row.id };
  });
}

function familyApiVersion(version: string): string {
  return version === 'v2' || version === 'v2.1' ? 'v8' : version;
}

/** Each child file: finished upload, a subform or multi-select / multi-user lookup of the parent, a mapping its module accepts. */
async function checkChildFiles(db: Db, body: CreateImportBody, parentFields: CrmField[]) {
  const children = body.children ?? [];
  if (children.length === 0) return [];
  if (body.parentKeyColumn === undefined)
    throw new AppError('validation', 'Choose the parent file column that child rows name (the parent key).');
  if (body.retryOf)
    throw new AppError('validation', 'Retries of parent-child imports are not supported yet.');
  const fields = new Set(children.map((child) => child.field));
  if (fields.size < children.length)
    throw new AppError('validation', 'Two child files feed the same field: combine them into one file.');
  return Promise.all(
    children.map(async (child) => {
      const upload = await getUpload(db, child.uploadId);
      if (upload.status !== 'complete')
        throw new AppError(
          'conflict',
          `${upload.fileName} has not finished uploading. Wait for it to complete.`,
        );
      const parentField = parentFields.find((field) => field.apiName === child.field);
      const childModule = parentField?.childModule?.module;
      const metadata = childModule
        ? await getModuleFields({ db, connectionId: body.settings.connectionId, module: childModule })
        : { fields: [], layouts: [] };
      const relation = childRelation(body.settings.module, parentFields, child.field, metadata.fields);
      const childFields = childFieldsWithoutParent(relation.kind, body.settings.module, metadata.fields);
      const problems = checkMapping({
        state: child.mapping,
        columns: [],
        fields: childFields,
        layouts: metadata.layouts,
        settings: { ...body.settings, operation: 'insert', findBy: undefined, layoutId: undefined },
      }).filter((problem) => problem.severity === 'error');
      const unknown = Object.values(child.mapping.columns).flatMap((column) =>
        column.kind === 'matched' && !childFields.some((field) => field.apiName === column.apiName)
          ? [`${relation.module} has no field ${column.apiName} to map.`]
          : [],
      );
      const messages = [...unknown, ...problems.map((problem) => problem.message)];
      if (messages.length > 0)
        throw new AppError('validation', `${upload.fileName}: ${messages.join(' ')}`, { problems });
      return { body: child, upload, relation };
    }),
  );
}
