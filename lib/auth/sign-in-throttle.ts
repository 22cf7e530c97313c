import 'server-only';

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_CLIENT = 20;
const failuresByClient = new Map<string, number[]>();

/** Per-address limit across all e-mails (the per-account lockout lives on the admin row). */
export function clientRetryAfterSeconds(client: string, now = Date.now()): number {
  const recent = (failuresByClient.get(client) ?? []).filter((at) => now - at < WINDOW_MS);
  failuresByClient.set(client, recent);
  if (recent.length < MAX_FAILURES_PER_CLIENT) return 0;
  return Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000);
}

export function recordClientFailure(client: string, now = Date.now()): void {
  failuresByClient.set(client, [...(failuresByClient.get(client) ?? []), now]);
}

/** Lock an account for 30 s after 5 failures, doubling each further failure, at most 15 minutes. */
export function accountLockMs(failedSignIns: number): number {
  if (failedSignIns < 5) return 0;
  return Math.min(30_000 * 2 ** (failedSignIns - 5), WINDOW_MS);
}
