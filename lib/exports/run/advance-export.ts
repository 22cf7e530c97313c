import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { connectionAuth } from '@/lib/connections/connection-auth';
import type { Db } from '@/lib/db/client';
import { connections, exportPages, exports } from '@/lib/db/schema';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import type { FileStorage } from '@/lib/storage/file-storage';
import { downloadPageResult } from '../files/download-page-result';
import { mergeExportFile } from '../files/merge-export-file';
import { createPageJob } from './create-page-job';
import { NOW, STOP, type StepResult } from './export-step';
import { pollPageJob } from './poll-page-job';
import { failExport, updateExport, updatePage } from './update-export';

const PAGE_TOKEN_VERSIONS = new Set(['v7', 'v8']);

/**
 * One step of an export, decided from the state in the database alone: start page 1, create the current
 * page's Zoho job, poll it, download it, open the next page while Zoho reports `more_records`, and merge.
 * Each step is safe to run twice (pg-boss re-runs a job whose worker died).
 */
export async function advanceExport(options: {
  db: Db;
  storage: FileStorage;
  exportId: string;
}): Promise<StepResult> {
  const { db, storage, exportId } = options;
  const [run] = await db.select().from(exports).where(eq(exports.id, exportId));
  if (!run || isFinishedStatus(run.status)) return STOP;
  const pages = await db
    .select()
    .from(exportPages)
    .where(eq(exportPages.exportId, exportId))
    .orderBy(asc(exportPages.page));
  const page = pages.at(-1);
  if (!page) {
    await db.insert(exportPages).values({ exportId, page: 1 }).onConflictDoNothing();
    await updateExport(db, exportId, {
      status: 'running',
      startedAt: new Date(),
      statusMessage: 'Starting…',
    });
    return NOW;
  }
  if (page.status === 'needs_attention') return STOP;
  if (page.status === 'failed') {
    await failExport(db, exportId, page.error ?? `Page ${page.page} failed.`);
    return STOP;
  }
  if (page.status === 'completed') {
    if (page.moreRecords) {
      const usesToken = PAGE_TOKEN_VERSIONS.has(run.apiVersion) && Boolean(page.nextPageToken);
      await db
        .insert(exportPages)
        .values({ exportId, page: page.page + 1, pageToken: usesToken ? page.nextPageToken : null })
        .onConflictDoNothing();
      return NOW;
    }
    await updateExport(db, exportId, { status: 'running', statusMessage: 'Merging pages into one file…' });
    await mergeExportFile(db, storage, run, pages);
    return STOP;
  }
  if (page.status === 'creating') {
    const message = `Fieldmap stopped while asking Zoho for page ${page.page}, so it cannot tell whether Zoho created the job. Check Zoho's bulk read jobs, then resend the page.`;
    await updatePage(db, page, { status: 'needs_attention', error: message });
    await updateExport(db, exportId, { status: 'waiting', statusMessage: message });
    return STOP;
  }
  const [connection] = run.connectionId
    ? await db.select().from(connections).where(eq(connections.id, run.connectionId))
    : [];
  if (!connection) {
    await failExport(
      db,
      exportId,
      'The connection this export used was removed. Export again with another one.',
    );
    return STOP;
  }
  const auth = connectionAuth(db, connection);
  if (page.status === 'pending') return createPageJob(db, auth, run, page, connection.isSandbox);
  if (page.status === 'in_zoho') return pollPageJob(db, auth, run, page);
  return downloadPageResult(db, auth, storage, run, page);
}
