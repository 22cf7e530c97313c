import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import type { Db } from '@/lib/db/client';
import { importRows, type RowOutcome } from '@/lib/db/schema';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from '@/lib/uploads/get-upload';
import { readFileRecords } from '../split/read-file-records';
import { getImport } from './get-import';

export const NOT_IN_CRM: RowOutcome[] = ['skipped', 'failed', 'unprocessed', 'excluded'];
export const ROWS_PAGE_SIZE = 50;

export type ImportRowView = {
  recordNumber: number;
  outcome: RowOutcome;
  errorCode: string | null;
  errorColumn: string | null;
  message: string | null;
  /** The row's original cells, from the stored file. */
  values: string[];
};

/** A page of the rows that did not reach the CRM, with their original values (for the table and retries). */
export async function listImportRows(options: {
  db: Db;
  storage: FileStorage;
  importId: string;
  page: number;
  recordNumbers?: number[];
}): Promise<{ headers: string[]; rows: ImportRowView[]; total: number; pageSize: number }> {
  const { db, importId } = options;
  const row = await getImport(db, importId);
  const where = and(
    eq(importRows.importId, importId),
    inArray(importRows.outcome, NOT_IN_CRM),
    options.recordNumbers ? inArray(importRows.recordNumber, options.recordNumbers) : undefined,
  );
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(importRows).where(where);
  const outcomes = await db
    .select()
    .from(importRows)
    .where(where)
    .orderBy(asc(importRows.recordNumber))
    .limit(options.recordNumbers ? 10_000 : ROWS_PAGE_SIZE)
    .offset(options.recordNumbers ? 0 : options.page * ROWS_PAGE_SIZE);
  const wanted = new Map(outcomes.map((outcome) => [outcome.recordNumber, outcome]));
  const values = new Map<number, string[]>();
  let headers: string[] = [];
  if (row.uploadId) {
    const upload = await getUpload(db, row.uploadId);
    const last = outcomes.at(-1)?.recordNumber ?? 0;
    const parseOptions = csvParseOptionsSchema.parse(row.parseOptions);
    for await (const record of readFileRecords(options.storage, upload.storageKey, parseOptions, last, (n) =>
      wanted.has(n),
    )) {
      if (record.isHeader) headers = record.values;
      else if (wanted.has(record.recordNumber)) values.set(record.recordNumber, record.values);
    }
  }
  return {
    headers,
    rows: outcomes.map((outcome) => ({
      recordNumber: outcome.recordNumber,
      outcome: outcome.outcome,
      errorCode: outcome.errorCode,
      errorColumn: outcome.errorColumn,
      message: outcome.message,
      values: values.get(outcome.recordNumber) ?? [],
    })),
    total: count?.total ?? 0,
    pageSize: ROWS_PAGE_SIZE,
  };
}
