import 'server-only';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import Papa from 'papaparse';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import type { Db } from '@/lib/db/client';
import { type Import, type ImportRow, importRows, type RowOutcome } from '@/lib/db/schema';
import { neutraliseCell } from '@/lib/exports/files/neutralise-cell';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getUpload } from '@/lib/uploads/get-upload';
import { readFileRecords } from '../split/read-file-records';

const NOT_IN_CRM: RowOutcome[] = ['skipped', 'failed', 'unprocessed', 'excluded'];
const RESULT_HEADERS = ['Fieldmap row', 'Outcome', 'Zoho record id', 'Error code', 'Error column', 'Message'];

/**
 * The results CSV people download: the original columns of each row, then its outcome. Streams the stored
 * file and the outcomes side by side in record order; every cell is formula-neutralised, so the download never runs as a spreadsheet formula.
 */
export async function* streamResultsCsv(options: {
  db: Db;
  storage: FileStorage;
  row: Import;
  onlyNotInCrm: boolean;
}): AsyncGenerator<string> {
  const { db, row } = options;
  if (!row.uploadId) throw new Error('The original file is no longer kept (retention period).');
  const upload = await getUpload(db, row.uploadId);
  const parseOptions = csvParseOptionsSchema.parse(row.parseOptions);
  const outcomes = outcomeCursor(db, row.id, options.onlyNotInCrm);
  let header: string[] | undefined;
  let wroteHeader = false;
  let lines: string[][] = [];
  for await (const record of readFileRecords(options.storage, upload.storageKey, parseOptions)) {
    if (record.isHeader) {
      header = record.values;
      continue;
    }
    if (!header) {
      header = record.values.map((_, i) => `Column ${i + 1}`);
    }
    if (lines.length === 0 && !wroteHeader) {
      wroteHeader = true;
      yield `${Papa.unparse([[...header, ...RESULT_HEADERS].map(neutraliseCell)])}\r\n`;
    }
    const outcome = await outcomes.find(record.recordNumber);
    if (!outcome) continue;
    const columns = header;
    lines.push(
      [
        ...columns.map((_, i) => record.values[i] ?? ''),
        String(record.recordNumber),
        outcome.outcome,
        outcome.recordId ?? '',
        outcome.errorCode ?? '',
        outcome.errorColumn ?? '',
        outcome.message ?? '',
      ].map(neutraliseCell),
    );
    if (lines.length >= 2000) {
      yield `${Papa.unparse(lines)}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${Papa.unparse(lines)}\r\n`;
}

/** Outcomes in record order, fetched in pages; `find` walks forward with the file. */
function outcomeCursor(db: Db, importId: string, onlyNotInCrm: boolean) {
  let page: ImportRow[] = [];
  let at = 0;
  let after = 0;
  let isDone = false;
  return {
    async find(recordNumber: number): Promise<ImportRow | undefined> {
      for (;;) {
        while (at < page.length && (page[at]?.recordNumber ?? 0) < recordNumber) at += 1;
        if (at < page.length) return page[at]?.recordNumber === recordNumber ? page[at] : undefined;
        if (isDone) return undefined;
        page = await db
          .select()
          .from(importRows)
          .where(
            and(
              eq(importRows.importId, importId),
              gt(importRows.recordNumber, after),
              onlyNotInCrm ? inArray(importRows.outcome, NOT_IN_CRM) : undefined,
            ),
          )
          .orderBy(asc(importRows.recordNumber))
          .limit(5000);
        at = 0;
        after = page.at(-1)?.recordNumber ?? after;
        if (page.length < 5000) isDone = true;
      }
    },
  };
}
