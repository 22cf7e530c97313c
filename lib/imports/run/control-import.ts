import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '@/lib/db/client';
import { importChunks, imports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { closeChunkRows } from '../collect/close-chunk';
import { CANCEL_REQUESTED } from '../collect/finish-import';
import { getImport } from '../views/get-import';
import { wakeImportRunner } from './advance-import-job';
import { readBackKey } from './read-back-key';

export const CONTROL_ACTIONS = [
  'pause',
  'resume',
  'cancel',
  'check_chunk',
  'resend_chunk',
  'mark_chunk_not_sent',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** The admin's controls over a running import: pause, resume, cancel, and decisions on uncertain chunks. */
export async function controlImport(options: {
  db: Db;
  boss: PgBoss;
  storage: { remove(key: string): Promise<void> };
  importId: string;
  action: ControlAction;
  chunkIndex?: number;
}): Promise<void> {
  const { db, boss, importId, action } = options;
  const row = await getImport(db, importId);
  if (row.familyParentId)
    throw new AppError(
      'conflict',
      'This file is part of a parent-child import: control it from the parent import.',
    );
  if (isFinishedStatus(row.status))
    throw new AppError('conflict', 'This import has finished; nothing is left to control.');
  const now = new Date();
  if (action === 'pause') {
    await db.update(imports).set({ pauseRequested: true, updatedAt: now }).where(eq(imports.id, importId));
  } else if (action === 'resume') {
    await db
      .update(imports)
      .set({
        pauseRequested: false,
        // Paused before its file was split: it starts from the beginning.
        status: row.status !== 'paused' ? row.status : row.chunkCount === null ? 'queued' : 'running',
        statusMessage: null,
        updatedAt: now,
      })
      .where(eq(imports.id, importId));
  } else if (action === 'cancel') {
    await db
      .update(imports)
      .set({ status: 'cancelling', pauseRequested: false, statusMessage: CANCEL_REQUESTED, updatedAt: now })
      .where(eq(imports.id, importId));
  } else if (action === 'check_chunk') {
    // Refused at once (not in the runner) when the rows cannot be looked up, with the reason.
    await readBackKey(db, row);
    const [chunk] = await db
      .update(importChunks)
      .set({ status: 'reading_back', error: null })
      .where(
        and(
          eq(importChunks.importId, importId),
          eq(importChunks.index, options.chunkIndex ?? -1),
          eq(importChunks.status, 'needs_attention'),
        ),
      )
      .returning();
    if (!chunk) throw new AppError('conflict', 'That chunk is not waiting for a decision.');
    await db
      .update(imports)
      .set({ status: 'running', statusMessage: null, updatedAt: now })
      .where(and(eq(imports.id, importId), ne(imports.status, 'cancelling')));
  } else {
    // The decision is one conditional update, so a double click can never resend a chunk twice; marking a chunk
    // not sent writes its rows in the same transaction, so a crash cannot leave it closed without them.
    const decided = await db.transaction(async (tx) => {
      const [chunk] = await tx
        .update(importChunks)
        .set(
          action === 'resend_chunk'
            ? {
                status: 'pending',
                zohoFileId: null,
                createAttemptedAt: null,
                createOutcome: `Resent by an admin at ${now.toISOString()}`,
              }
            : { status: 'cancelled' },
        )
        .where(
          and(
            eq(importChunks.importId, importId),
            eq(importChunks.index, options.chunkIndex ?? -1),
            eq(importChunks.status, 'needs_attention'),
          ),
        )
        .returning();
      if (!chunk) throw new AppError('conflict', 'That chunk is not waiting for a decision.');
      if (action === 'mark_chunk_not_sent')
        await closeChunkRows({ db: tx }, chunk, {
          from: ['cancelled'],
          status: 'cancelled',
          outcome: 'unprocessed',
          errorCode: 'NOT_SENT',
          message: 'An admin marked this chunk as not sent after an uncertain create.',
        });
      // A cancel asked for meanwhile stands.
      await tx
        .update(imports)
        .set({ status: 'running', statusMessage: null, updatedAt: now })
        .where(and(eq(imports.id, importId), ne(imports.status, 'cancelling')));
      return chunk;
    });
    await wakeImportRunner(boss, importId);
    // The decision is saved; a zip left behind only takes disk space.
    if (action === 'mark_chunk_not_sent') await options.storage.remove(decided.zipKey).catch(() => undefined);
    return;
  }
  await wakeImportRunner(boss, importId);
}
