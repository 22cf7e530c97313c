import 'server-only';
import type { Import, ImportChunk } from '@/lib/db/schema';
import { getBulkWriteJob } from '@/lib/zoho/get-bulk-write-job';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { closeChunk } from '../collect/close-chunk';
import { collectChunkResults } from '../collect/collect-chunk-results';
import { chunkCounts, jobCountsByFile } from '../model/chunk-files';
import { loadImportFiles } from '../model/import-files';
import { fenced, moveChunk } from './fenced';
import type { ImportContext } from './import-context';
import { markJobLost } from './mark-job-lost';

/** Asks Zoho how a chunk's job is doing (the only source of truth; callbacks just make us ask sooner). */
export async function pollChunk(
  target: { context: ImportContext; row: Import; auth: ZohoAuth },
  chunk: ImportChunk,
): Promise<void> {
  const { context, row, auth } = target;
  if (!chunk.zohoJobId) throw new Error(`Chunk ${chunk.index + 1} has no Zoho job to poll`);
  context.lease?.signal.throwIfAborted();
  let job: Awaited<ReturnType<typeof getBulkWriteJob>>;
  try {
    job = await getBulkWriteJob(auth, { apiVersion: row.apiVersion, jobId: chunk.zohoJobId });
    if (job.status === 'COMPLETED') return await collectChunkResults(target, chunk, job);
  } catch (error) {
    return markJobLost(context, chunk, error);
  }
  if (job.status === 'FAILED') {
    await closeChunk(context, chunk, {
      from: ['in_zoho'],
      status: 'failed',
      outcome: 'failed',
      errorCode: 'JOB_FAILED',
      message: `Zoho reported job ${chunk.zohoJobId} as failed. Retry the failed rows from this page.`,
    });
    return;
  }
  // A job carrying several files totals them all: each file's progress is its own resource's.
  const progress = jobCountsByFile(job, await loadImportFiles(context.db, row.id)).map(
    ({ added, updated, skipped }) => ({ added, updated, skipped, failed: 0, unprocessed: 0, excluded: 0 }),
  );
  // Back off as the job ages: a quick job is seen done quickly, a long one costs few calls.
  const age = Date.now() - (chunk.startedAt?.getTime() ?? Date.now());
  const delay = Math.min(context.pollMs.max, Math.max(context.pollMs.first, Math.round(age / 4)));
  await fenced(context, (tx) =>
    moveChunk(tx, chunk, ['in_zoho'], {
      zohoStatus: job.status,
      ...chunkCounts(progress),
      nextPollAt: new Date(Date.now() + delay),
    }),
  );
}
