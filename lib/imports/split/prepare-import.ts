import 'server-only';
import { eq } from 'drizzle-orm';
import { getModuleFields } from '@/lib/connections/get-metadata';
import { csvParseOptionsSchema } from '@/lib/csv/csv-parse-options';
import { type Import, importChunks, importRows, imports } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import { getUpload } from '@/lib/uploads/get-upload';
import { WRITE_CSV_MAX_BYTES, ZOHO_LIMITS } from '@/lib/zoho/limits';
import { insertImportRows } from '../collect/insert-import-rows';
import { KEPT_BACK } from '../collect/kept-back-messages';
import { mappingStateSchema } from '../create/import-schemas';
import { retryRowsSchema } from '../create/retry-rows';
import { preflightGate } from '../preflight/preflight-gate';
import { createServerPreflight } from '../preflight/server-preflight';
import { fenced } from '../run/fenced';
import type { ImportContext } from '../run/import-context';
import { loadFamilyChildren, planFamily } from './plan-family';
import { fixDatetimeFields, planForImport } from './plan-for-import';
import { prepareFamily } from './prepare-family';
import { rewriteFor } from './rewrite-for-plan';
import { splitForZoho } from './split-for-zoho';
import { afterSplit, storeChunk } from './store-chunk';
import { toUtf8 } from './to-utf8';
import { zipChunk } from './zip-chunk';

/**
 * The first background step: re-run the pre-flight over the file on the server, then split it into Zoho-sized
 * zips in storage, one chunk row each. Nothing has gone to Zoho yet, so after a crash it simply starts over.
 */
export async function prepareImport(context: ImportContext, claimed: Import): Promise<void> {
  const { db, storage } = context;
  const row = await fixDatetimeFields(db, claimed);
  for (const child of await loadFamilyChildren(db, row.id)) await fixDatetimeFields(db, child);
  await fenced(context, async (tx) => {
    await tx.update(imports).set({ status: 'checking', updatedAt: new Date() }).where(eq(imports.id, row.id));
    await tx.delete(importChunks).where(eq(importChunks.importId, row.id));
    await tx.delete(importRows).where(eq(importRows.importId, row.id));
  });

  const settings = jobSettingsSchema.parse(row.settings);
  const mapping = mappingStateSchema.parse(row.mapping);
  const parseOptions = csvParseOptionsSchema.parse(row.parseOptions);
  const retry = row.retryRows ? retryRowsSchema.parse(row.retryRows) : undefined;
  if (!row.uploadId || !row.connectionId) throw new Error('The import has lost its file or its connection');
  const upload = await getUpload(db, row.uploadId);
  const metadata = await getModuleFields({ db, connectionId: row.connectionId, module: row.module });
  const preflight = createServerPreflight({
    fields: metadata.fields,
    layouts: metadata.layouts,
    settings,
    mapping,
  });
  const excludeInvalid = row.exclusion === 'invalid' && !retry;

  const readFile = () => toUtf8(storage.read(upload.storageKey), parseOptions.encoding);
  const family = await planFamily(db, row);
  if (family)
    try {
      return await prepareFamily(context, row, { family, preflight, excludeInvalid, parseOptions, readFile });
    } finally {
      preflight.discard();
    }
  const plan = await planForImport(db, row);
  let summary: Awaited<ReturnType<typeof splitForZoho>>;
  try {
    const shouldSend = await preflightGate(preflight, {
      excludeInvalid,
      parseOptions,
      readFile,
      maxDataRows: row.rowLimit ?? undefined,
    });
    summary = await splitForZoho({
      input: readFile(),
      delimiter: parseOptions.delimiter,
      quoteChar: parseOptions.quoteChar,
      headerRow: parseOptions.headerRow,
      hasHeader: parseOptions.hasHeader,
      columns: plan.columns,
      maxRecords: ZOHO_LIMITS.writeRecordsPerFile,
      maxBytes: WRITE_CSV_MAX_BYTES,
      maxDataRows: row.rowLimit ?? undefined,
      onlyRecords: retry ? new Set(retry.records) : undefined,
      rewrite: rewriteFor(plan, retry, settings.timeZone),
      shouldSend,
      onChunk: async (chunk) =>
        storeChunk(context, {
          importId: row.id,
          index: chunk.index,
          zip: await zipChunk(chunk.csv, `${row.module}-${chunk.index + 1}.csv`),
          recordNumbers: chunk.recordNumbers,
        }),
    });
    preflight.finish();
  } finally {
    preflight.discard();
  }

  await fenced(context, async (tx) => {
    await insertImportRows(
      tx,
      summary.excludedRecords.map((recordNumber) => ({
        importId: row.id,
        recordNumber,
        outcome: 'excluded' as const,
        message: preflight.isUndecodable(recordNumber) ? KEPT_BACK.undecodable : KEPT_BACK.invalid,
      })),
    );
    await tx
      .update(imports)
      .set({
        ...afterSplit(summary.chunks, summary.records - summary.blank, summary.excluded),
        chunkCount: summary.chunks,
        preflight: { ...preflight.summary(), blankLines: summary.blank },
      })
      .where(eq(imports.id, row.id));
  });
}
