import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { type Import, importRows, imports } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { getUpload } from '@/lib/uploads/get-upload';
import { WRITE_CSV_MAX_BYTES, ZOHO_LIMITS } from '@/lib/zoho/limits';
import { insertImportRows } from '../collect/insert-import-rows';
import { KEPT_BACK, KEPT_BACK_CODES } from '../collect/kept-back-messages';
import { preflightGate } from '../preflight/preflight-gate';
import type { createServerPreflight } from '../preflight/server-preflight';
import { fenced } from '../run/fenced';
import type { ImportContext } from '../run/import-context';
import type { FamilyFile } from './parent-child-csv';
import { zipFamily } from './parent-child-zip';
import type { FamilyMember, FamilyPlan } from './plan-family';
import { rewriteFor } from './rewrite-for-plan';
import { splitParentChild } from './split-parent-child';
import { afterSplit, storeChunk } from './store-chunk';
import { toUtf8 } from './to-utf8';

type PrepareFamilyInput = {
  family: FamilyPlan;
  preflight: ReturnType<typeof createServerPreflight>;
  excludeInvalid: boolean;
  parseOptions: CsvParseOptions;
  readFile: () => AsyncIterable<Uint8Array>;
};

/**
 * prepareImport for a parent file with child files: each chunk's zip holds the parent rows and all of their
 * children, so no child is ever sent without its parent. Child rows no parent claims (orphans) and children of
 * parents kept back are stored as `excluded` with the reason, so every row of every file is accounted for. A test
 * run sends the first parent rows with their children; the rest of each file waits for the full import.
 */
export async function prepareFamily(
  context: ImportContext,
  row: Import,
  { family, preflight, excludeInvalid, parseOptions, readFile }: PrepareFamilyInput,
): Promise<void> {
  const { db, storage } = context;
  const childIds = family.children.map((child) => child.row.id);
  await fenced(context, async (tx) => {
    await tx.delete(importRows).where(inArray(importRows.importId, childIds));
    await tx
      .update(imports)
      .set({ status: 'checking', updatedAt: new Date() })
      .where(inArray(imports.id, childIds));
  });
  const { timeZone } = jobSettingsSchema.parse(row.settings);
  const shouldSend = await preflightGate(preflight, {
    excludeInvalid,
    parseOptions,
    readFile,
    maxDataRows: row.rowLimit ?? undefined,
  });
  const children = await Promise.all(
    family.children.map(async (child) => {
      const upload = await getUpload(db, child.row.uploadId ?? '');
      const options = csvParseOptionsSchema.parse(child.row.parseOptions);
      return {
        ...familyFile(
          child,
          options,
          () => toUtf8(storage.read(upload.storageKey), options.encoding),
          timeZone,
        ),
        name: child.csvName,
        maxRecords: child.maxRecords,
      };
    }),
  );
  const summary = await splitParentChild({
    parent: familyFile(family.parent, parseOptions, readFile, timeZone),
    children,
    maxParentRecords: ZOHO_LIMITS.writeRecordsPerFile,
    maxParentRows: row.rowLimit ?? undefined,
    maxBytes: WRITE_CSV_MAX_BYTES,
    shouldSend,
    onChunk: async (chunk) =>
      storeChunk(context, {
        importId: row.id,
        index: chunk.index,
        zip: await zipFamily([
          { name: family.parent.csvName, csv: chunk.parent.csv },
          ...chunk.children.filter((child) => child.recordNumbers.length > 0),
        ]),
        recordNumbers: chunk.parent.recordNumbers,
        childRecordNumbers: chunk.children.map((child) => child.recordNumbers),
      }),
  });
  preflight.finish();

  const keptBack = (importId: string, records: number[], message: string, errorCode?: string) =>
    records.map((recordNumber) => ({
      importId,
      recordNumber,
      outcome: 'excluded' as const,
      message,
      errorCode: errorCode ?? null,
    }));
  // The split's books land together, and only while this runner still holds the import.
  await fenced(context, async (tx) => {
    await insertImportRows(tx, [
      ...keptBack(
        row.id,
        summary.parents.excluded.filter((recordNumber) => !preflight.isUndecodable(recordNumber)),
        KEPT_BACK.invalid,
      ),
      ...keptBack(row.id, summary.parents.excluded.filter(preflight.isUndecodable), KEPT_BACK.undecodable),
      ...keptBack(
        row.id,
        summary.parents.oversized,
        KEPT_BACK.oversizedFamily,
        KEPT_BACK_CODES.oversizedFamily,
      ),
    ]);
    for (const [i, child] of family.children.entries()) {
      const sent = summary.children[i];
      if (!sent) continue;
      await insertImportRows(tx, [
        ...keptBack(child.row.id, sent.orphans, KEPT_BACK.orphan, KEPT_BACK_CODES.orphan),
        ...keptBack(child.row.id, sent.withheld, KEPT_BACK.withheld, KEPT_BACK_CODES.withheld),
      ]);
      await tx
        .update(imports)
        .set(
          afterSplit(
            summary.chunks,
            sent.records - sent.notInTestRun,
            sent.orphans.length + sent.withheld.length,
          ),
        )
        .where(eq(imports.id, child.row.id));
    }
    const parentExcluded = summary.parents.excluded.length + summary.parents.oversized.length;
    await tx
      .update(imports)
      .set({
        ...afterSplit(summary.chunks, summary.parents.records, parentExcluded),
        chunkCount: summary.chunks,
        preflight: { ...preflight.summary(), family: summaryForPage(summary, family) },
      })
      .where(eq(imports.id, row.id));
  });
}

function familyFile(
  member: FamilyMember,
  options: CsvParseOptions,
  open: () => AsyncIterable<Uint8Array>,
  timeZone: string,
): FamilyFile {
  return {
    open,
    delimiter: options.delimiter,
    quoteChar: options.quoteChar,
    headerRow: options.headerRow,
    hasHeader: options.hasHeader,
    columns: member.plan.columns,
    keyColumn: member.keyColumn,
    keyHeader: member.keyHeader,
    rewrite: rewriteFor(member.plan, undefined, timeZone),
  };
}

function summaryForPage(summary: Awaited<ReturnType<typeof splitParentChild>>, family: FamilyPlan) {
  return {
    oversizedParents: summary.parents.oversized.length,
    duplicateParentKeys: summary.parents.duplicateKeys.length,
    children: summary.children.map((child, i) => ({
      label: family.children[i]?.relation.label ?? child.name,
      records: child.records,
      orphans: child.orphans.length,
      withheld: child.withheld.length,
      notInTestRun: child.notInTestRun,
    })),
  };
}
