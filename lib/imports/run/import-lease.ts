import 'server-only';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Import, imports } from '@/lib/db/schema';

/** How long a runner holds an import without renewing; a crashed runner's import waits at most this long. */
export const LEASE_MS = 60_000;

/** Takes the import for this runner, unless another runner's lease is still running. */
export async function claimLease(db: Db, importId: string, leaseMs = LEASE_MS): Promise<Import | undefined> {
  const now = new Date();
  const [claimed] = await db
    .update(imports)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(imports.id, importId), or(isNull(imports.leaseUntil), lt(imports.leaseUntil, now))))
    .returning();
  return claimed;
}

/** Called before every slow step (a Zoho call, a chunk written), so a live runner never loses its lease. */
export async function renewLease(context: { db: Db; leaseMs?: number }, importId: string): Promise<void> {
  await context.db
    .update(imports)
    .set({ leaseUntil: new Date(Date.now() + (context.leaseMs ?? LEASE_MS)) })
    .where(eq(imports.id, importId));
}

export async function releaseLease(db: Db, importId: string): Promise<void> {
  await db.update(imports).set({ leaseUntil: null }).where(eq(imports.id, importId));
}
