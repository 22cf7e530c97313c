import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { importChunks } from '@/lib/db/schema';

/**
 * A Zoho callback for an import: its jobs in Zoho are polled on the runner's next look (seconds), instead of at
 * their backed-off time. Nothing in the callback body is trusted; the poll reads the job from Zoho.
 */
export async function wakeImport(db: Db, importId: string): Promise<void> {
  await db
    .update(importChunks)
    .set({ nextPollAt: new Date() })
    .where(and(eq(importChunks.importId, importId), eq(importChunks.status, 'in_zoho')));
}
