import 'server-only';
import { and, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import type { Import, ImportChunk, OutcomeCounts } from '@/lib/db/schema';
import { importChunks, importRows } from '@/lib/db/schema';
import { downloadBulkResult } from '@/lib/zoho/download-bulk-result';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import type { ImportContext } from './import-context';
import { renewLease } from './import-lease';
import { insertImportRows } from './insert-import-rows';
import { parseWriteResult, type ResultRow } from './parse-write-result';
import { readZipEntries } from './read-zip-entries';

const MAX_RESULT_ZIP_BYTES = 256 * 1024 * 1024;

async function readCapped(stream: ReadableStream<Uint8Array>, cap: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) {
    size += part.length;
    if (size > cap) throw new Error('The result file is larger than Fieldmap accepts');
    parts.push(part);
  }
  return Buffer.concat(parts);
}

async function readStored(context: ImportContext, key: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of context.storage.read(key)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * Downloads a finished job's result and stores one outcome per sent row, matched by position and checked
 * against the columns Zoho echoes back. Rows missing from the result count as unprocessed. Safe to repeat.
 */
export async function collectChunkResults(
  target: { context: ImportContext; row: Import; auth: ZohoAuth },
  chunk: ImportChunk,
  job: { downloadUrl?: string; added: number; updated: number; skipped: number },
): Promise<void> {
  const { context, row, auth } = target;
  const where = and(eq(importChunks.importId, row.id), eq(importChunks.index, chunk.index));
  await context.db.update(importChunks).set({ status: 'downloading' }).where(where);
  await renewLease(context, row.id);
  const result = job.downloadUrl ? await readResult(auth, job.downloadUrl) : { echoedHeaders: [], rows: [] };
  const sent = await sentRows(context, chunk);
  const problems: string[] = [];
  const header = sent[0] ?? [];
  result.echoedHeaders.forEach((name, at) => {
    if (header[at] !== undefined && header[at] !== name)
      problems.push(`result column ${at + 1} is ${name}, we sent ${header[at]}`);
  });
  if (result.rows.length > chunk.rowCount)
    problems.push(`Zoho returned ${result.rows.length} result rows for ${chunk.rowCount} sent`);
  const outcomes = chunk.recordNumbers.map((recordNumber, position) => {
    const resultRow: ResultRow | undefined = result.rows[position];
    const sentRow = sent[position + 1] ?? [];
    if (resultRow?.echoed.some((value, at) => (sentRow[at] ?? '') !== value) && problems.length < 5)
      problems.push(`record ${recordNumber}: the echoed values differ from what was sent`);
    return {
      importId: row.id,
      recordNumber,
      chunkIndex: chunk.index,
      outcome: resultRow?.outcome ?? ('unprocessed' as const),
      recordId: resultRow?.recordId ?? null,
      errorCode: resultRow ? resultRow.errorCode : 'UNPROCESSED',
      errorColumn: resultRow?.errorColumn ?? null,
      message: resultRow ? resultRow.message : 'Zoho reported no result for this row',
    };
  });
  await context.db
    .delete(importRows)
    .where(and(eq(importRows.importId, row.id), eq(importRows.chunkIndex, chunk.index)));
  await insertImportRows(context.db, outcomes);
  const counts = countOutcomes(outcomes.map((outcome) => outcome.outcome));
  if (counts.added !== job.added || counts.updated !== job.updated || counts.skipped !== job.skipped)
    problems.push(
      `Zoho's job counts (added ${job.added}, updated ${job.updated}, skipped ${job.skipped}) differ from its result file`,
    );
  await context.db
    .update(importChunks)
    .set({
      status: 'completed',
      counts,
      finishedAt: new Date(),
      error: problems.length > 0 ? `Unreconciled: ${problems.join('; ')}` : null,
    })
    .where(where);
  // The zip was kept only to resend or check this chunk; the original file stays for retries and downloads.
  await context.storage.remove(chunk.zipKey);
}

async function readResult(auth: ZohoAuth, url: string) {
  const zip = await readCapped(await downloadBulkResult(auth, { url }), MAX_RESULT_ZIP_BYTES);
  const csv = (await readZipEntries(zip)).find((entry) => /\.csv$/i.test(entry.name));
  if (!csv) throw new Error('The result zip holds no CSV');
  return parseWriteResult(csv.content.toString('utf8'));
}

async function sentRows(context: ImportContext, chunk: ImportChunk): Promise<string[][]> {
  const [entry] = await readZipEntries(await readStored(context, chunk.zipKey));
  if (!entry) return [];
  return Papa.parse<string[]>(entry.content.toString('utf8'), { skipEmptyLines: 'greedy' }).data;
}

function countOutcomes(outcomes: string[]): OutcomeCounts {
  const counts: OutcomeCounts = { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: 0, excluded: 0 };
  for (const outcome of outcomes) if (outcome in counts) counts[outcome as keyof OutcomeCounts] += 1;
  return counts;
}
