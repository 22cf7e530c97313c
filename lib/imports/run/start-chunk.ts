import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Connection, Import, ImportChunk } from '@/lib/db/schema';
import { importChunks } from '@/lib/db/schema';
import { jobSettingsSchema } from '@/lib/mapping/job-settings';
import type { BulkWriteRequest } from '@/lib/zoho/bulk-types';
import { createBulkWriteJob } from '@/lib/zoho/create-bulk-write-job';
import { uploadBulkFile } from '@/lib/zoho/upload-bulk-file';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { planFamily } from '../split/plan-family';
import { planForImport } from '../split/plan-for-import';
import type { ImportContext } from './import-context';
import { renewLease } from './import-lease';
import { buildFamilyRequest } from './parent-child-request';

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
 * Uploads a chunk's zip and creates its Zoho job. `create_attempted_at` is saved before the create call, so a
 * crash or lost answer leaves evidence: the chunk then waits for the admin instead of risking a second job.
 */
export async function startChunk(target: Target, chunk: ImportChunk): Promise<void> {
  const { context, row, connection, auth } = target;
  const where = and(eq(importChunks.importId, row.id), eq(importChunks.index, chunk.index));
  await context.db
    .update(importChunks)
    .set({ status: 'uploading', startedAt: chunk.startedAt ?? new Date(), attempts: chunk.attempts + 1 })
    .where(where);
  await renewLease(context, row.id);
  const zip = await readAll(context.storage.read(chunk.zipKey));
  const fileId = await uploadBulkFile(auth, {
    apiVersion: row.apiVersion,
    zgid: connection.zgid,
    zip: new Blob([new Uint8Array(zip)], { type: 'application/zip' }),
    fileName: `${row.module}-${chunk.index + 1}.zip`,
  });
  // Built before the attempt is recorded: reading the fields here can fail without leaving any doubt.
  const request = await writeRequest(target, chunk, fileId);
  const attemptedAt = new Date();
  await context.db
    .update(importChunks)
    .set({ status: 'creating', zohoFileId: fileId, createAttemptedAt: attemptedAt })
    .where(where);
  let jobId: string;
  try {
    jobId = await createBulkWriteJob(auth, {
      apiVersion: row.apiVersion,
      request,
    });
  } catch (error) {
    // A refusal (4xx with Zoho's error body) means no job exists; anything else leaves it unknown.
    const isRefusal =
      error instanceof ZohoError &&
      error.httpStatus >= 400 &&
      error.httpStatus < 500 &&
      error.code !== 'NETWORK_ERROR';
    if (isRefusal) {
      await context.db
        .update(importChunks)
        .set({
          status: 'pending',
          zohoFileId: null,
          createAttemptedAt: null,
          createOutcome: `Refused: ${error.code}`,
        })
        .where(where);
      throw error;
    }
    // Zoho may have made the job: never guess. The admin decides (the page shows these facts).
    await context.db
      .update(importChunks)
      .set({
        status: 'needs_attention',
        createOutcome: `No clear answer from Zoho to the create sent at ${attemptedAt.toISOString()}: ${(error as Error).message}`,
      })
      .where(where);
    return;
  }
  await context.db
    .update(importChunks)
    .set({
      status: 'in_zoho',
      zohoJobId: jobId,
      createOutcome: `Zoho job ${jobId} created`,
      nextPollAt: new Date(Date.now() + context.pollMs.first),
      error: null,
    })
    .where(where);
}

async function writeRequest(target: Target, chunk: ImportChunk, fileId: string): Promise<BulkWriteRequest> {
  const settings = jobSettingsSchema.parse(target.row.settings);
  const callback = target.callbackUrl ? { url: target.callbackUrl, method: 'post' as const } : undefined;
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
