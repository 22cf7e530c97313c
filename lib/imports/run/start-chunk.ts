import 'server-only';
import type { ChunkStatus, Connection, Import, ImportChunk, importChunks } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import type { BulkWriteRequest } from '@/lib/zoho/bulk-types';
import { createBulkWriteJob } from '@/lib/zoho/create-bulk-write-job';
import { uploadBulkFile } from '@/lib/zoho/upload-bulk-file';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { buildFamilyRequest } from '../../zoho/parent-child-request';
import { planFamily } from '../split/plan-family';
import { planForImport } from '../split/plan-for-import';
import { createCallbackUrl } from './adopt-callback-job';
import { fenced, moveChunk } from './fenced';
import type { ImportContext } from './import-context';
import { redactCallbackSecrets } from './redact-callback-secrets';

type Target = {
  context: ImportContext;
  row: Import;
  connection: Connection;
  auth: ZohoAuth;
  callbackUrl?: string;
};

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * Uploads a chunk's zip and creates its Zoho job. Each step is a fenced compare-and-set: a runner that lost the
 * import stops before the create. `create_attempted_at` is saved before the create call, so a crash or lost answer
 * leaves evidence: the chunk then waits for the admin instead of risking a second job.
 */
export async function startChunk(target: Target, chunk: ImportChunk): Promise<void> {
  const { context, row, connection, auth } = target;
  const token = context.lease?.token ?? 0;
  // A chunk left uploading by an earlier pass (whose lease has gone) is started again: its holder can no longer
  // move it to creating, since that move is fenced by the token this pass now holds.
  await fenced(context, (tx) =>
    moveChunk(tx, chunk, ['pending', 'uploading'], {
      status: 'uploading',
      startedAt: chunk.startedAt ?? new Date(),
      attempts: chunk.attempts + 1,
      sentByToken: token,
    }),
  );
  const zip = await readAll(context.storage.read(chunk.zipKey));
  context.lease?.signal.throwIfAborted();
  const fileId = await uploadBulkFile(auth, {
    apiVersion: row.apiVersion,
    zgid: connection.zgid,
    zip: new Blob([new Uint8Array(zip)], { type: 'application/zip' }),
    fileName: `${row.module}-${chunk.index + 1}.zip`,
  });
  // Built before the attempt is recorded: reading the fields here can fail without leaving any doubt.
  let request = await writeRequest(target, chunk, fileId);
  const attemptedAt = new Date();
  await fenced(context, (tx) =>
    moveChunk(
      tx,
      chunk,
      ['uploading'],
      { status: 'creating', zohoFileId: fileId, createAttemptedAt: attemptedAt },
      token,
    ),
  );
  // Zoho's answer is a fact about this pass's own create: recorded even if the lease went meanwhile.
  const answer = (from: readonly ChunkStatus[], set: Partial<typeof importChunks.$inferInsert>) =>
    fenced({ db: context.db }, (tx) => moveChunk(tx, chunk, from, set, token));
  let jobId: string;
  try {
    try {
      jobId = await createBulkWriteJob(auth, { apiVersion: row.apiVersion, request });
    } catch (error) {
      // A refused callback URL made no job: the chunk is created without one, and polling finishes it.
      if (!(error instanceof ZohoError) || error.code !== 'INVALID_CALLBACK_URL' || !request.callback)
        throw error;
      const { callback: _refused, ...withoutCallback } = request;
      request = withoutCallback;
      await answer(['creating'], {
        createAttemptedAt: new Date(),
        createOutcome: 'Zoho refused the callback URL; created without one (the job is polled)',
      });
      jobId = await createBulkWriteJob(auth, { apiVersion: row.apiVersion, request });
    }
  } catch (error) {
    if (isRefusal(error)) {
      await answer(['creating'], {
        status: 'pending',
        zohoFileId: null,
        createAttemptedAt: null,
        createOutcome: `Refused: ${error.code}`,
      });
      throw error;
    }
    // Zoho may have made the job: never guess. The admin decides (the page shows these facts).
    await answer(['creating'], {
      status: 'needs_attention',
      createOutcome: redactCallbackSecrets(
        `No clear answer from Zoho to the create sent at ${attemptedAt.toISOString()}: ${(error as Error).message}`,
      ),
    });
    return;
  }
  // Also from needs_attention: a runner that took over meanwhile found the chunk mid-create; the job is known now.
  await answer(['creating', 'needs_attention'], {
    status: 'in_zoho',
    zohoJobId: jobId,
    createOutcome: `Zoho job ${jobId} created`,
    nextPollAt: new Date(Date.now() + context.pollMs.first),
    error: null,
  });
}

/** A refusal (4xx with Zoho's error body) means no job exists; anything else leaves it unknown. */
function isRefusal(error: unknown): error is ZohoError {
  return (
    error instanceof ZohoError &&
    error.httpStatus >= 400 &&
    error.httpStatus < 500 &&
    error.code !== 'NETWORK_ERROR'
  );
}

async function writeRequest(target: Target, chunk: ImportChunk, fileId: string): Promise<BulkWriteRequest> {
  const settings = jobSettingsSchema.parse(target.row.settings);
  // Each create names its chunk and attempt, so a callback can tell which chunk a job whose answer was lost is.
  const callback = target.callbackUrl
    ? { url: createCallbackUrl(target.callbackUrl, chunk.index, chunk.attempts + 1), method: 'post' as const }
    : undefined;
  const family = await planFamily(target.context.db, target.row);
  if (family)
    return {
      ignore_empty: settings.ignoreEmpty,
      ...buildFamilyRequest({
        operation: settings.operation,
        fileId,
        callback,
        childRecordCounts: family.children.map((_, i) => chunk.childRecordNumbers?.[i]?.length ?? 0),
        parentKeyPosition: family.parent.keyPosition,
        parent: {
          module: target.row.module,
          fileName: family.parent.csvName,
          findBy: settings.findBy,
          fieldMappings: family.parent.plan.fieldMappings,
        },
        children: family.children.map((child) => ({
          module: child.row.module,
          fileName: child.csvName,
          parentField: child.relation.parentField,
          keyPosition: child.keyPosition,
          fieldMappings: child.plan.fieldMappings,
        })),
      }),
    };
  const plan = await planForImport(target.context.db, target.row);
  return {
    operation: settings.operation,
    ignore_empty: settings.ignoreEmpty,
    ...(callback ? { callback } : {}),
    resource: [
      {
        type: 'data',
        module: { api_name: target.row.module },
        file_id: fileId,
        ...(settings.findBy ? { find_by: settings.findBy } : {}),
        field_mappings: plan.fieldMappings,
      },
    ],
  };
}
