import 'server-only';
import { classifyFailure } from '@/lib/zoho/classify-failure';
import { ZohoError } from '@/lib/zoho/zoho-error';

/** What the runner does after one step: run the next step now, later (polling, a pause), or nothing. */
export type StepResult =
  | { next: 'now' }
  | { next: 'later'; seconds: number; reason?: string }
  | { next: 'stop' };

export const NOW: StepResult = { next: 'now' };
export const STOP: StepResult = { next: 'stop' };
export const later = (seconds: number, reason?: string): StepResult => ({ next: 'later', seconds, reason });

/**
 * Seconds to wait when Zoho is throttling, out of credits, unavailable or the token needs attention (the export
 * pauses and resumes by itself, as imports do); undefined for errors that will not pass by waiting.
 */
export function pauseSeconds(error: unknown): number | undefined {
  if (!(error instanceof ZohoError)) return undefined;
  const failure = classifyFailure(error);
  return failure.kind === 'wait' ? failure.retryInMs / 1000 : undefined;
}

/** A create that may have reached Zoho: no answer, or an answer we could not read. */
export function isCreateUncertain(error: unknown): boolean {
  if (!(error instanceof ZohoError)) return true;
  return error.code === 'NETWORK_ERROR' || error.code === 'UNEXPECTED_RESPONSE';
}

export function describeError(error: unknown): string {
  if (error instanceof ZohoError) return `${error.zohoMessage} (${error.code}). ${error.advice}`;
  return error instanceof Error ? error.message : String(error);
}

/** Polling slows down as a job takes longer: fast for small exports, gentle on Zoho for big ones. */
export function pollDelaySeconds(startedAt: Date | null, now = new Date()): number {
  const elapsedMs = now.getTime() - (startedAt ?? now).getTime();
  if (elapsedMs < 20_000) return 1;
  if (elapsedMs < 120_000) return 5;
  return 15;
}
