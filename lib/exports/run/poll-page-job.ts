import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Export, type ExportPage, exportPages } from '@/lib/db/schema';
import { getBulkReadJob } from '@/lib/zoho/get-bulk-read-job';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import {
  describeError,
  later,
  NOW,
  pauseSeconds,
  pollDelaySeconds,
  STOP,
  type StepResult,
} from './export-step';
import { failExport, pauseExport, updateExport, updatePage } from './update-export';

/** Reads the page's job from Zoho (never from a callback body) and moves on when it has finished. */
export async function pollPageJob(
  db: Db,
  auth: ZohoAuth,
  run: Export,
  page: ExportPage,
): Promise<StepResult> {
  let job: Awaited<ReturnType<typeof getBulkReadJob>>;
  try {
    job = await getBulkReadJob(auth, { apiVersion: run.apiVersion, jobId: page.zohoJobId ?? '' });
  } catch (error) {
    const seconds = pauseSeconds(error);
    if (seconds === undefined) {
      const message = describeError(error);
      await updatePage(db, page, { status: 'failed', error: message, finishedAt: new Date() });
      await failExport(db, run.id, message);
      return STOP;
    }
    await pauseExport(db, run.id, seconds, describeError(error));
    return later(seconds, 'paused');
  }
  if (job.state === 'FAILURE') {
    const message = `Zoho could not export page ${page.page}: ${job.errorMessage ?? 'the job failed'}. Export again.`;
    await updatePage(db, page, { status: 'failed', error: message, finishedAt: new Date() });
    await failExport(db, run.id, message);
    return STOP;
  }
  if (job.state !== 'COMPLETED') {
    const seconds = pollDelaySeconds(page.startedAt);
    await updatePage(db, page, { nextPollAt: new Date(Date.now() + seconds * 1000) });
    if (run.status !== 'running')
      await updateExport(db, run.id, {
        status: 'running',
        statusMessage: `Zoho is preparing page ${page.page}.`,
      });
    return later(seconds, 'poll');
  }
  await updatePage(db, page, {
    status: 'downloading',
    recordCount: job.count ?? 0,
    moreRecords: job.moreRecords,
    nextPageToken: job.nextPageToken ?? null,
    nextPollAt: null,
  });
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`coalesce(sum(${exportPages.recordCount}), 0)::int` })
    .from(exportPages)
    .where(and(eq(exportPages.exportId, run.id)));
  await updateExport(db, run.id, {
    status: 'running',
    recordCount: Number(total),
    statusMessage: `Downloading page ${page.page} (${job.count ?? 0} records).`,
  });
  return NOW;
}
