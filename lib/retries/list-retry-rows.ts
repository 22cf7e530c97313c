import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import type { Db } from '@/lib/db/client';
import { imports } from '@/lib/db/schema';
import { mappingStateSchema } from '@/lib/imports/create/import-schemas';
import { retryRowsSchema } from '@/lib/imports/create/retry-rows';
import { readFileRecords } from '@/lib/imports/split/read-file-records';
import { columnFor } from '@/lib/mapping/mapping-state';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from '@/lib/uploads/get-upload';
import { findRetryRoot } from './find-retry-root';
import { latestOutcomes } from './latest-outcomes';
import { RETRY_GRID_ROWS, type RetryRowsView } from './retry-schemas';

const NOT_IN_CRM = ['skipped', 'failed', 'unprocessed', 'excluded'] as const;

/** The rows not in the CRM after the latest attempt, with their values as the last retry sent them. */
export async function listRetryRows({
  db,
  storage,
  importId,
}: {
  db: Db;
  storage: FileStorage;
  importId: string;
}): Promise<RetryRowsView> {
  const root = await findRetryRoot(db, importId);
  const chain = [
    root,
    ...(await db.select().from(imports).where(eq(imports.retryOf, root.id)).orderBy(asc(imports.createdAt))),
  ];
  const latestMapping = mappingStateSchema.parse((chain.at(-1) ?? root).mapping);
  const latest = latestOutcomes(db, root.id);
  const outcomes = await db
    .select()
    .from(latest)
    .where(inArray(latest.outcome, [...NOT_IN_CRM]))
    .orderBy(asc(latest.recordNumber))
    .limit(RETRY_GRID_ROWS);
  const all = await db.$count(latest, inArray(latest.outcome, [...NOT_IN_CRM]));
  const values = new Map<number, string[]>();
  let headers: string[] = [];
  const wanted = new Set(outcomes.map((row) => row.recordNumber));
  if (root.uploadId && wanted.size > 0) {
    const upload = await getUpload(db, root.uploadId);
    const options = csvParseOptionsSchema.parse(root.parseOptions);
    const last = outcomes.at(-1)?.recordNumber ?? 0;
    for await (const record of readFileRecords(storage, upload.storageKey, options, last, (n) =>
      wanted.has(n),
    )) {
      if (record.isHeader) headers = record.values;
      else if (wanted.has(record.recordNumber)) values.set(record.recordNumber, record.values);
    }
  }
  // Fixes made in earlier retries carry forward, in the order they were made.
  for (const attempt of chain.slice(1)) {
    const edits = retryRowsSchema.safeParse(attempt.retryRows).data?.edits ?? {};
    for (const [record, cells] of Object.entries(edits)) {
      const row = values.get(Number(record));
      if (row) for (const [column, value] of Object.entries(cells)) row[Number(column)] = value;
    }
  }
  const mappedFields = Object.fromEntries(
    Object.entries(latestMapping.columns).flatMap(([index, column]) =>
      column.kind === 'matched' ? [[index, column.apiName]] : [],
    ),
  );
  return {
    connectionId: root.connectionId,
    module: root.module,
    headers,
    mappedFields,
    fieldDefaults: latestMapping.fieldDefaults,
    total: all,
    rows: outcomes.map((row) => ({
      recordNumber: row.recordNumber,
      outcome: row.outcome,
      errorCode: row.errorCode,
      errorField: row.errorColumn,
      errorColumnIndex: row.errorColumn ? (columnFor(latestMapping, row.errorColumn) ?? null) : null,
      message: row.message,
      values: values.get(row.recordNumber) ?? [],
    })),
  };
}
