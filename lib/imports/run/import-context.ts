import 'server-only';
import type { Db } from '@/lib/db/client';
import type { NotificationEvent } from '@/lib/db/schema';
import type { FileStorage } from '@/lib/storage/file-storage';
import type { Lease } from './import-lease';

/** What the import runner works with; tests pass their own database, storage and pacing. */
export type ImportContext = {
  db: Db;
  storage: FileStorage;
  /** Zoho jobs of one import in flight at once (Zoho limits concurrent calls per org). */
  concurrentJobs: number;
  /** First and longest wait between polls of one Zoho job (backoff doubles in between). */
  pollMs: { first: number; max: number };
  /** How long one pass holds the import (tests shorten it to restart quickly after a simulated crash). */
  leaseMs?: number;
  /** Where Zoho can POST job callbacks to this app, when it can reach it (see callback-base-url.ts). */
  callbackBaseUrl?: (isSandbox: boolean) => string | undefined;
  /** How long after its create a cancel waits for a Zoho job before the chunk waits for the admin instead. */
  cancelWaitMs?: number;
  /** Told, in the same transaction, when an import finishes or starts waiting for an admin (notifications). */
  announce?: (tx: Db, importId: string, event: NotificationEvent) => Promise<void>;
  /** Set for the length of one pass: every write the pass makes is fenced by it. */
  lease?: Lease;
};

/** Zoho's bulk write jobs finish within minutes; one still running an hour after its create is not waited for. */
export const CANCEL_WAIT_MS = 60 * 60_000;

export function chunkZipKey(importId: string, index: number): string {
  return `imports/${importId}/chunk-${index}.zip`;
}
