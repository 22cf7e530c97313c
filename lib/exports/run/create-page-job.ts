import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Export, ExportPage } from '@/lib/db/schema';
import { createBulkReadJob } from '@/lib/zoho/create-bulk-read-job';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { buildReadRequest } from '../../zoho/wire/build-read-request';
import { exportDefinitionSchema } from '../definitions/export-definition';
import { newCallbackUrl } from './callback-url';
import { describeError, isCreateUncertain, later, pauseSeconds, STOP, type StepResult } from './export-step';
import { failExport, pauseExport, updateExport, updatePage } from './update-export';

/**
 * Creates the page's bulk read job. The page is marked `creating` before the call and `in_zoho` after it, so a
 * crash in between is seen on the next run: such a create, like one whose answer was lost, is never repeated
 * automatically (Zoho has no idempotency key); the page waits for an admin as `needs_attention`.
 */
export async function createPageJob(
  db: Db,
  auth: ZohoAuth,
  run: Export,
  page: ExportPage,
  isSandbox: boolean,
): Promise<StepResult> {
  const definition = exportDefinitionSchema.parse(run.definition);
  const callback = newCallbackUrl(run.id, isSandbox);
  const request = buildReadRequest(definition, {
    page: page.pageToken ? undefined : page.page,
    pageToken: page.pageToken ?? undefined,
    callbackUrl: callback?.url,
  });
  await updatePage(db, page, {
    status: 'creating',
    createAttemptedAt: new Date(),
    startedAt: page.startedAt ?? new Date(),
  });
  await updateExport(db, run.id, {
    status: 'running',
    statusMessage: `Asking Zoho for page ${page.page}…`,
    callbackSecretHash: callback?.secretHash ?? null,
  });
  let jobId: string;
  try {
    jobId = await createBulkReadJob(auth, {
      apiVersion: run.apiVersion,
      query: request.query,
      fileType: request.file_type,
      callbackUrl: request.callback?.url,
    });
  } catch (error) {
    if (isCreateUncertain(error)) {
      const message = `Zoho may or may not have created page ${page.page}'s job: ${describeError(error)}`;
      await updatePage(db, page, { status: 'needs_attention', error: message });
      await updateExport(db, run.id, { status: 'waiting', statusMessage: message });
      return STOP;
    }
    const seconds = pauseSeconds(error);
    if (seconds !== undefined) {
      await updatePage(db, page, { status: 'pending' });
      await pauseExport(db, run.id, seconds, describeError(error));
      return later(seconds, 'paused');
    }
    const message = describeError(error);
    await updatePage(db, page, { status: 'failed', error: message, finishedAt: new Date() });
    await failExport(db, run.id, message);
    return STOP;
  }
  if (!jobId) throw new ZohoError('UNEXPECTED_RESPONSE', 201, 'Zoho answered without a job id', 'Report it.');
  await updatePage(db, page, {
    status: 'in_zoho',
    zohoJobId: jobId,
    nextPollAt: new Date(Date.now() + 1000),
  });
  await updateExport(db, run.id, { statusMessage: `Zoho is preparing page ${page.page}.` });
  return later(1, 'poll');
}
