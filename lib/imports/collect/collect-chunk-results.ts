import 'server-only';
import Papa from 'papaparse';
import type { Import, ImportChunk, OutcomeCounts } from '@/lib/db/schema';
import type { BulkWriteJob } from '@/lib/zoho/bulk-types';
import { downloadBulkResult } from '@/lib/zoho/download-bulk-result';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { parseWriteResult, type ResultRow } from '../../zoho/parse-write-result';
import { chunkCounts, chunkFiles, fileCsvName, jobCountsByFile } from '../model/chunk-files';
import { loadImportFiles } from '../model/import-files';
import { fenced, moveChunk } from '../run/fenced';
import type { ImportContext } from '../run/import-context';
import { readZipEntries } from './read-zip-entries';
import { writeChunkOutcome } from './write-chunk-outcome';

type ParsedResult = ReturnType<typeof parseWriteResult>;

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

/** One CSV of a chunk: whose rows it holds and what Zoho says it did with them. */
type SentFile = {
  importId: string;
  module: string;
  csvName: string;
  recordNumbers: number[];
  expected: { added: number; updated: number; skipped: number };
};

/**
 * Downloads a finished job's result and stores one outcome per sent row, matched by position and checked
 * against the columns Zoho echoes back, for every CSV of the chunk (a parent-child chunk has one per file, each
 * with its own result CSV and counts). Rows missing from the result count as unprocessed. Safe to repeat.
 */
export async function collectChunkResults(
  target: { context: ImportContext; row: Import; auth: ZohoAuth },
  chunk: ImportChunk,
  job: BulkWriteJob,
): Promise<void> {
  const { context, row, auth } = target;
  await fenced(context, (tx) => moveChunk(tx, chunk, ['in_zoho', 'downloading'], { status: 'downloading' }));
  const results = job.downloadUrl ? await readResultCsvs(auth, job.downloadUrl) : [];
  const sent = await readZipEntries(await readStored(context, chunk.zipKey));
  const files = sentFiles(await loadImportFiles(context.db, row.id), chunk, job);
  const problems: string[] = [];
  const collected = files.map((file, i) => {
    const result = files.length === 1 ? results[0] : resultFor(results, file);
    if (!result && file.recordNumbers.length > 0 && job.downloadUrl)
      problems.push(`the result has no file for ${file.module}`);
    const sentCsv = sent.find((entry) => entry.name === file.csvName) ?? (i === 0 ? sent[0] : undefined);
    return collectFile(row, chunk, file, result, sentCsv, problems);
  });
  await writeChunkOutcome(context, chunk, {
    from: ['downloading'],
    importIds: files.map((file) => file.importId),
    rows: collected.flatMap((file) => file.outcomes),
    state: {
      status: 'completed',
      ...chunkCounts(collected.map((file) => file.counts)),
      finishedAt: new Date(),
      error: problems.length > 0 ? `Unreconciled: ${problems.join('; ')}` : null,
    },
  });
  // The zip was kept only to resend or check this chunk; the original file stays for retries and downloads.
  await context.storage.remove(chunk.zipKey);
}

/** The chunk's files as they were sent: each CSV in the zip, whose records it holds, what Zoho's job says of it. */
function sentFiles(files: Import[], chunk: ImportChunk, job: BulkWriteJob): SentFile[] {
  const expected = jobCountsByFile(job, files);
  return chunkFiles(chunk, files).map((share, position) => ({
    importId: share.file.id,
    module: share.file.module,
    csvName: fileCsvName(position),
    recordNumbers: share.recordNumbers,
    expected: expected[position] ?? { added: 0, updated: 0, skipped: 0 },
  }));
}

/** Zoho names each resource's result `<Module>-<csv name>.csv`. */
function resultFor(results: { name: string; parsed: ParsedResult }[], file: SentFile) {
  const stem = file.csvName.replace(/\.csv$/i, '');
  const base = (name: string) => name.split('/').pop() ?? name;
  return (
    results.find((result) => base(result.name) === `${file.module}-${stem}.csv`) ??
    results.find((result) => base(result.name).endsWith(`-${stem}.csv`))
  );
}

function collectFile(
  row: Import,
  chunk: ImportChunk,
  file: SentFile,
  result: { parsed: ParsedResult } | undefined,
  sentCsv: { content: Buffer } | undefined,
  problems: string[],
) {
  const parsed = result?.parsed ?? { echoedHeaders: [], rows: [] };
  const sent = sentCsv
    ? Papa.parse<string[]>(sentCsv.content.toString('utf8'), { skipEmptyLines: 'greedy' }).data
    : [];
  const label = file.importId === row.id ? '' : `${file.module}: `;
  const header = sent[0] ?? [];
  parsed.echoedHeaders.forEach((name, at) => {
    if (header[at] !== undefined && header[at] !== name)
      problems.push(`${label}result column ${at + 1} is ${name}, we sent ${header[at]}`);
  });
  if (parsed.rows.length > file.recordNumbers.length)
    problems.push(
      `${label}Zoho returned ${parsed.rows.length} result rows for ${file.recordNumbers.length} sent`,
    );
  const outcomes = file.recordNumbers.map((recordNumber, position) => {
    const resultRow: ResultRow | undefined = parsed.rows[position];
    const sentRow = sent[position + 1] ?? [];
    if (resultRow?.echoed.some((value, at) => (sentRow[at] ?? '') !== value) && problems.length < 5)
      problems.push(`${label}record ${recordNumber}: the echoed values differ from what was sent`);
    return {
      importId: file.importId,
      recordNumber,
      chunkIndex: chunk.index,
      outcome: resultRow?.outcome ?? ('unprocessed' as const),
      recordId: resultRow?.recordId ?? null,
      errorCode: resultRow ? resultRow.errorCode : 'UNPROCESSED',
      errorColumn: resultRow?.errorColumn ?? null,
      message: resultRow ? resultRow.message : 'Zoho reported no result for this row',
    };
  });
  const counts = countOutcomes(outcomes.map((outcome) => outcome.outcome));
  const { expected } = file;
  if (
    counts.added !== expected.added ||
    counts.updated !== expected.updated ||
    counts.skipped !== expected.skipped
  )
    problems.push(
      `${label}Zoho's job counts (added ${expected.added}, updated ${expected.updated}, skipped ${expected.skipped}) differ from its result file`,
    );
  return { outcomes, counts };
}

async function readResultCsvs(auth: ZohoAuth, url: string) {
  const zip = await readCapped(await downloadBulkResult(auth, { url }), MAX_RESULT_ZIP_BYTES);
  const csvs = (await readZipEntries(zip)).filter((entry) => /\.csv$/i.test(entry.name));
  if (csvs.length === 0) throw new Error('The result zip holds no CSV');
  return csvs.map((entry) => ({
    name: entry.name,
    parsed: parseWriteResult(entry.content.toString('utf8')),
  }));
}

function countOutcomes(outcomes: string[]): OutcomeCounts {
  const counts: OutcomeCounts = { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: 0, excluded: 0 };
  for (const outcome of outcomes) if (outcome in counts) counts[outcome as keyof OutcomeCounts] += 1;
  return counts;
}
