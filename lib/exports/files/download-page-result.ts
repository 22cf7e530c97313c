import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Export, ExportPage } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import type { FileStorage } from '@/lib/storage/file-storage';
import { downloadBulkResult } from '@/lib/zoho/download-bulk-result';
import { getBulkReadJob } from '@/lib/zoho/get-bulk-read-job';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { describeError, later, NOW, pauseSeconds, STOP, type StepResult } from '../run/export-step';
import { failExport, pauseExport, updateExport, updatePage } from '../run/update-export';

const MAX_ZIP_BYTES = 4 * 1024 ** 3;

export const pageZipKey = (exportId: string, page: number) => `exports/${exportId}/page-${page}.zip`;

/** Keeps the page's zip as Zoho sent it (written again from the start if a run was cut short). */
export async function downloadPageResult(
  db: Db,
  auth: ZohoAuth,
  storage: FileStorage,
  run: Export,
  page: ExportPage,
): Promise<StepResult> {
  const key = pageZipKey(run.id, page.page);
  try {
    // Zoho's own download_url, read again now (it is not stored); the documented path if Zoho omits it.
    const job = await getBulkReadJob(auth, { apiVersion: run.apiVersion, jobId: page.zohoJobId ?? '' });
    const body = await downloadBulkResult(auth, {
      url: job.downloadUrl ?? `/crm/bulk/${run.apiVersion}/read/${page.zohoJobId}/result`,
    });
    await storage.remove(key);
    await storage.append(key, body, MAX_ZIP_BYTES);
  } catch (error) {
    // A connection dropped mid-stream passes like a 5xx; a zip over the size cap does not.
    const isDropped = !(error instanceof ZohoError) && !(error instanceof AppError);
    const seconds = pauseSeconds(error) ?? (isDropped ? 30 : undefined);
    if (seconds === undefined) {
      const message = `Page ${page.page} could not be downloaded: ${describeError(error)}`;
      await updatePage(db, page, { status: 'failed', error: message, finishedAt: new Date() });
      await failExport(db, run.id, message);
      return STOP;
    }
    await pauseExport(db, run.id, seconds, describeError(error));
    return later(seconds, 'paused');
  }
  await updatePage(db, page, { status: 'completed', zipKey: key, finishedAt: new Date(), error: null });
  await updateExport(db, run.id, {
    status: 'running',
    pagesDone: page.page,
    statusMessage: page.moreRecords
      ? `Page ${page.page} done; Zoho has more records.`
      : 'Merging pages into one file…',
  });
  return NOW;
}
