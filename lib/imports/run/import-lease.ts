import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Import, imports } from '@/lib/db/schema';

/** How long a runner holds an import without renewing; a crashed runner's import waits at most this long. */
export const LEASE_MS = 60_000;

/** One pass's hold on an import: who holds it and the fencing token its writes are checked against. */
export type Lease = {
  importId: string;
  owner: string;
  token: number;
  /** Aborted once the lease is found lost, so slow steps (Zoho calls) stop early. */
  signal: AbortSignal;
  /** Renews in the background until stopped; a failed renewal aborts `signal`. */
  stop(): void;
};

/** The runner no longer holds the import: another runner took it over, so this one must stop writing. */
export class LeaseLostError extends Error {
  constructor(importId: string) {
    super(`The runner lost its lease on import ${importId}; another runner has taken it over`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Takes the import for this runner, unless another runner's lease is still running. Every claim raises the
 * import's fencing token, so whatever an earlier holder still tries to write is refused.
 */
export async function claimLease(
  db: Db,
  importId: string,
  leaseMs = LEASE_MS,
): Promise<{ row: Import; lease: Lease } | undefined> {
  const now = new Date();
  const owner = randomUUID();
  const [row] = await db
    .update(imports)
    .set({
      leaseUntil: new Date(now.getTime() + leaseMs),
      leaseOwner: owner,
      leaseToken: sql`${imports.leaseToken} + 1`,
    })
    .where(and(eq(imports.id, importId), or(isNull(imports.leaseUntil), lt(imports.leaseUntil, now))))
    .returning();
  if (!row) return undefined;
  const controller = new AbortController();
  const lease: Lease = { importId, owner, token: row.leaseToken, signal: controller.signal, stop: () => {} };
  // Renewing well before the lease runs out: a busy event loop or a slow query must not let it lapse.
  const timer = setInterval(
    () => {
      void renewLease(db, lease, leaseMs).then(
        (isHeld) => {
          if (!isHeld) controller.abort(new LeaseLostError(importId));
        },
        () => undefined,
      );
    },
    Math.max(50, Math.floor(leaseMs / 4)),
  );
  timer.unref?.();
  lease.stop = () => clearInterval(timer);
  return { row, lease };
}

/** Extends the lease, only if it is still this runner's; false when another runner has taken the import. */
export async function renewLease(db: Db, lease: Lease, leaseMs = LEASE_MS): Promise<boolean> {
  const renewed = await db
    .update(imports)
    .set({ leaseUntil: new Date(Date.now() + leaseMs) })
    .where(and(eq(imports.id, lease.importId), eq(imports.leaseToken, lease.token)))
    .returning({ id: imports.id });
  return renewed.length > 0;
}

/** Lets the import go at once, unless another runner holds it by now (then its lease is left alone). */
export async function releaseLease(db: Db, lease: Lease): Promise<void> {
  lease.stop();
  await db
    .update(imports)
    .set({ leaseUntil: null })
    .where(and(eq(imports.id, lease.importId), eq(imports.leaseToken, lease.token)));
}
