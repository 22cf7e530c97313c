import 'server-only';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { exports } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { FINISHED_STATUSES } from '@/lib/job-status/finished-statuses';

/**
 * Stops an export at its next step (Zoho has no call to cancel a bulk read job; one already created finishes
 * there and is simply not downloaded).
 */
export async function cancelExport(options: { db: Db; exportId: string }): Promise<void> {
  const cancelled = await options.db
    .update(exports)
    .set({
      status: 'cancelled',
      statusMessage: 'Cancelled by an admin.',
      finishedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(exports.id, options.exportId), notInArray(exports.status, [...FINISHED_STATUSES])))
    .returning({ id: exports.id });
  if (cancelled.length === 0) throw new AppError('conflict', 'This export has already finished.');
}
