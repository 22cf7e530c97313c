import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { connectionAuth } from '@/lib/connections/connection-auth';
import { getConnection } from '@/lib/connections/get-connection';
import { CsvLimitError } from '@/lib/csv/scan-csv-records';
import { type Import, type ImportChunk, importChunks, imports } from '@/lib/db/schema';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { callbackSecret } from '@/lib/jobs/callback-secret';
import { classifyFailure, resumeTime } from '@/lib/zoho/classify-failure';
import { closeChunk } from '../collect/close-chunk';
import { CANCELLING, finishImport, WAITS_SEPARATOR } from '../collect/finish-import';
import { prepareImport } from '../split/prepare-import';
import { ChunkMovedError, fenced, moveChunk } from './fenced';
import { CANCEL_WAIT_MS, type ImportContext } from './import-context';
import { claimLease, LeaseLostError, releaseLease } from './import-lease';
import { pollChunk } from './poll-chunk';
import { readBackChunk } from './read-back-chunk';
import { redactCallbackSecrets } from './redact-callback-secrets';
import { startChunk } from './start-chunk';

const ACTIVE = new Set(['uploading', 'creating', 'in_zoho', 'downloading']);
/** While Zoho works, the runner looks in every few seconds (DB only) so a callback is acted on quickly. */
const IDLE_CHECK_MS = 3_000;

/** What the job should do next: run again after a delay, or nothing (finished, paused, or someone else has it). */
export type AdvanceResult = { runAgainInMs?: number };

/**
 * One pass of the import's state machine: prepare the chunks, then move every chunk as far as it can go
 * right now. Holds the import's lease, so parallel wake-ups never run two passes at once.
 */
export async function advanceImport(context: ImportContext, importId: string): Promise<AdvanceResult> {
  const claimed = await claimLease(context.db, importId, context.leaseMs);
  if (!claimed) return { runAgainInMs: 30_000 };
  const { row, lease } = claimed;
  try {
    return await advanceClaimed({ ...context, lease }, row);
  } catch (error) {
    // Another runner took the import over (this one was paused or slow): it stops here, having written nothing.
    if (error instanceof LeaseLostError) return { runAgainInMs: 30_000 };
    throw error;
  } finally {
    await releaseLease(context.db, lease);
  }
}

async function advanceClaimed(context: ImportContext, row: Import): Promise<AdvanceResult> {
  const { db } = context;
  // A child file of a parent-child import travels in its parent's chunks: only the parent runs.
  if (isFinishedStatus(row.status) || row.status === 'paused' || row.familyParentId) return {};
  if (row.pauseRequested && row.status !== 'cancelling') {
    await setStatus(
      context,
      row.id,
      'paused',
      'Paused. Chunks already in Zoho finish there and are collected on resume.',
    );
    return {};
  }
  try {
    if (row.status === 'queued' || row.status === 'checking') {
      try {
        await prepareImport(context, row);
      } catch (error) {
        if (!(error instanceof CsvLimitError)) throw error;
        await refuseFile(context, row.id, error.message);
        return {};
      }
      return { runAgainInMs: 0 };
    }
    // Checked before anything asks Zoho: a cancel ends even when Zoho (or the connection) never answers again.
    if (row.status === 'cancelling') await stopWaitingForSlowJobs(context, row.id);
    const connection = await getConnection(db, row.connectionId ?? '');
    const target = {
      context,
      row,
      connection,
      auth: connectionAuth(db, connection),
      callbackUrl: callbackUrl(context, row, connection.isSandbox),
    };
    const chunks = await loadChunks(context, row.id);

    // A chunk found mid-create means the last runner stopped without knowing Zoho's answer (if that runner is
    // only slow, its answer still lands: see startChunk).
    for (const chunk of chunks.filter((c) => c.status === 'creating')) {
      await markNeedsAttention(
        context,
        chunk,
        'The runner stopped while creating this Zoho job; Zoho may have it, so its rows may be in the CRM.',
      );
    }
    const now = Date.now();
    for (const chunk of await loadChunks(context, row.id)) {
      if (
        chunk.status === 'downloading' ||
        (chunk.status === 'in_zoho' && (chunk.nextPollAt?.getTime() ?? 0) <= now)
      )
        await pollChunk(target, chunk);
    }
    // Reading back is only a read: it goes ahead during a cancel too (its rows to send are then not sent).
    for (const chunk of (await loadChunks(context, row.id)).filter((c) => c.status === 'reading_back'))
      await readBackChunk(target, chunk);
    if (row.status === 'cancelling') await cancelPending(context, row.id);
    else {
      for (const chunk of (await loadChunks(context, row.id)).filter(
        (c) => c.status === 'pending' || c.status === 'uploading',
      )) {
        const current = await loadChunks(context, row.id);
        const inFlight = current.filter((c) => ACTIVE.has(c.status) && c.index !== chunk.index).length;
        if (inFlight >= context.concurrentJobs) break;
        await startChunk(target, chunk);
      }
    }
    const after = await loadChunks(context, row.id);
    const waiting = after.filter((chunk) => chunk.status === 'needs_attention');
    const isWaitingForAdmin = waiting.length > 0;
    const canMove = after.some(
      (chunk) => ACTIVE.has(chunk.status) || chunk.status === 'pending' || chunk.status === 'reading_back',
    );
    if (!canMove && !isWaitingForAdmin) {
      await finishImport(context, row.id);
      return {};
    }
    // A cancel stays a cancel: the page says what it waits for, and until when.
    if (row.status === 'cancelling')
      await setStatus(
        context,
        row.id,
        'cancelling',
        stoppingMessage(row, cancellingWaitsFor(context, after)),
      );
    else if (isWaitingForAdmin)
      await setStatus(
        context,
        row.id,
        'needs_attention',
        needsAttentionMessage,
        row.status !== 'needs_attention',
      );
    else if (row.status === 'waiting' || row.status === 'needs_attention')
      await setStatus(context, row.id, 'running', null);
    // Nothing else can move until the admin decides; their decision wakes the runner.
    if (!canMove) return {};
    const nextPoll = Math.min(
      ...after.filter((c) => c.status === 'in_zoho').map((c) => c.nextPollAt?.getTime() ?? now),
    );
    return { runAgainInMs: Math.max(0, Math.min(IDLE_CHECK_MS, nextPoll - Date.now())) };
  } catch (error) {
    if (error instanceof LeaseLostError) throw error;
    // Something else moved a chunk meanwhile (an admin's decision): look again on the next pass.
    if (error instanceof ChunkMovedError) return { runAgainInMs: 0 };
    const failure = classifyFailure(error);
    // A cancel survives a wait or a refusal: it says what went wrong and when it looks again.
    if (row.status === 'cancelling') {
      const retryInMs = failure.kind === 'wait' ? failure.retryInMs : CANCELLING_RETRY_MS;
      await setStatus(
        context,
        row.id,
        'cancelling',
        stoppingMessage(
          row,
          `Zoho could not be asked about the batches it still runs: ${failure.message} Fieldmap asks again at ${resumeTime(new Date(Date.now() + retryInMs))}.`,
        ),
      );
      return { runAgainInMs: retryInMs };
    }
    if (failure.kind === 'wait') {
      await setStatus(context, row.id, 'waiting', failure.message);
      return { runAgainInMs: failure.retryInMs };
    }
    await stopOnRefusal(context, row, failure.message);
    return { runAgainInMs: 0 };
  }
}

const needsAttentionMessage =
  'A chunk needs your decision: Zoho may already have its rows. Check which of its rows are in the CRM before sending anything again; the other chunks carry on.';

const CANCELLING_RETRY_MS = 60_000;

/** What a cancel still waits for, each with its end: the admin's decision, or Zoho until a stated time. */
function cancellingWaitsFor(context: ImportContext, chunks: ImportChunk[]): string {
  const list = (picked: ImportChunk[]) => picked.map((chunk) => chunk.index + 1).join(', ');
  const deciding = chunks.filter((chunk) => chunk.status === 'needs_attention');
  const reading = chunks.filter((chunk) => chunk.status === 'reading_back');
  const running = chunks.filter((chunk) => chunk.status === 'in_zoho' || chunk.status === 'downloading');
  const waits = [
    ...running.map(
      (chunk) =>
        `Zoho to finish batch ${chunk.index + 1} (job ${chunk.zohoJobId}); if it has not by ${resumeTime(slowJobDeadline(context, chunk))}, the batch waits for your decision instead`,
    ),
    ...(reading.length > 0 ? [`Zoho to answer the check of batch ${list(reading)}`] : []),
    ...(deciding.length > 0
      ? [`your decision on batch ${list(deciding)} (Zoho may have its rows), with no time limit`]
      : []),
  ];
  return waits.length > 0
    ? `waiting for ${waits.join('; and for ')}. Nothing else is sent.`
    : 'closing the books.';
}

/**
 * A stopping import's message: a cancel's says "Cancelling:" and what it waits for; a refusal keeps its reason
 * first (the import then ends as failed, with that reason) and says what it waits for after it.
 */
function stoppingMessage(row: Import, waits: string): string {
  const current = row.statusMessage ?? '';
  if (current.startsWith(`${CANCELLING}:`) || !current) return `${CANCELLING}: ${waits}`;
  return `${current.split(WAITS_SEPARATOR)[0]}${WAITS_SEPARATOR}${waits}`;
}

/**
 * While cancelling, a Zoho job that has run past its deadline is no longer waited for: its chunk goes to needs
 * attention with the facts (its rows may be in the CRM), where a check of its rows settles it.
 */
async function stopWaitingForSlowJobs(context: ImportContext, importId: string) {
  const now = Date.now();
  for (const chunk of await loadChunks(context, importId)) {
    if (chunk.status !== 'in_zoho' && chunk.status !== 'downloading') continue;
    if (slowJobDeadline(context, chunk).getTime() > now) continue;
    await fenced(context, (tx) =>
      moveChunk(tx, chunk, ['in_zoho', 'downloading'], {
        status: 'needs_attention',
        createOutcome: `Zoho job ${chunk.zohoJobId} (created ${chunk.createAttemptedAt?.toISOString() ?? 'at an unknown time'}) had not finished by ${new Date(now).toISOString()}, when the cancel stopped waiting for it. Its rows may be in the CRM: check which of them are before sending any again.`,
      }),
    );
  }
}

function slowJobDeadline(context: ImportContext, chunk: ImportChunk): Date {
  const created = (chunk.createAttemptedAt ?? chunk.startedAt ?? new Date()).getTime();
  return new Date(created + (context.cancelWaitMs ?? CANCEL_WAIT_MS));
}

/** The file breaks a cap every file is read with (checked again here, whoever sent it): nothing was sent. */
async function refuseFile(context: ImportContext, importId: string, reason: string) {
  const now = new Date();
  const split = await loadChunks(context, importId);
  const failed = {
    status: 'failed' as const,
    statusMessage: `Nothing was sent: ${reason}`,
    finishedAt: now,
    updatedAt: now,
  };
  // A parent-child import's child files end with it.
  await fenced(context, async (tx) => {
    await tx.delete(importChunks).where(eq(importChunks.importId, importId));
    await tx
      .update(imports)
      .set({ ...failed, chunkCount: 0 })
      .where(eq(imports.id, importId));
    await tx.update(imports).set(failed).where(eq(imports.familyParentId, importId));
  });
  for (const chunk of split) await context.storage.remove(chunk.zipKey);
}

async function loadChunks(context: ImportContext, importId: string): Promise<ImportChunk[]> {
  return context.db
    .select()
    .from(importChunks)
    .where(eq(importChunks.importId, importId))
    .orderBy(asc(importChunks.index));
}

async function setStatus(
  context: ImportContext,
  importId: string,
  status: Import['status'],
  message: string | null,
  isNewAttention = false,
) {
  await fenced(context, async (tx) => {
    await tx
      .update(imports)
      .set({ status, statusMessage: message && redactCallbackSecrets(message), updatedAt: new Date() })
      .where(eq(imports.id, importId));
    if (isNewAttention) await context.announce?.(tx, importId, 'needs_attention');
  });
}

async function markNeedsAttention(context: ImportContext, chunk: ImportChunk, reason: string) {
  await fenced(context, (tx) =>
    moveChunk(tx, chunk, ['creating'], {
      status: 'needs_attention',
      createOutcome: `${reason} (create sent ${chunk.createAttemptedAt?.toISOString()})`,
    }),
  );
}

/** Zoho refused a job outright: that chunk's rows failed, and the rest are not sent (they would be refused too). */
async function stopOnRefusal(context: ImportContext, row: Import, message: string) {
  const chunks = await loadChunks(context, row.id);
  const refused = chunks.find(
    (chunk) => chunk.status === 'pending' && chunk.createOutcome?.startsWith('Refused'),
  );
  const safeMessage = redactCallbackSecrets(message);
  if (refused)
    await closeChunk(context, refused, {
      from: ['pending'],
      status: 'failed',
      outcome: 'failed',
      errorCode: refused.createOutcome?.replace('Refused: ', '') ?? 'REFUSED',
      message: safeMessage,
    });
  await setStatus(context, row.id, 'cancelling', safeMessage);
}

/**
 * Pending chunks stop; their rows are counted as unprocessed. Chunks Zoho already runs finish and are collected.
 * A chunk waiting for a decision whose job Zoho may have keeps waiting: its rows may be in the CRM.
 */
async function cancelPending(context: ImportContext, importId: string) {
  const pending = await context.db
    .select()
    .from(importChunks)
    .where(
      and(
        eq(importChunks.importId, importId),
        inArray(importChunks.status, ['pending', 'uploading', 'needs_attention']),
      ),
    );
  const neverCreated = pending.filter(
    (chunk) => chunk.status !== 'needs_attention' || (!chunk.createAttemptedAt && !chunk.zohoJobId),
  );
  for (const chunk of neverCreated)
    await closeChunk(context, chunk, {
      from: [chunk.status],
      status: 'cancelled',
      outcome: 'unprocessed',
      errorCode: 'NOT_SENT',
      message: 'Not sent: the import was stopped before this chunk went to Zoho.',
    });
}

function callbackUrl(context: ImportContext, row: Import, isSandbox: boolean): string | undefined {
  const base = context.callbackBaseUrl?.(isSandbox);
  if (!base || !row.callbackSecretHash) return undefined;
  return `${base}/api/zoho/notify/${row.id}/${callbackSecret('import', row.id)}`;
}
