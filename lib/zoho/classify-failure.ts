import 'server-only';
import { ZohoError } from './zoho-error';

export type Failure = { kind: 'wait' | 'stop'; message: string; retryInMs: number };

/** Zoho's LIMIT_EXCEEDED names several limits; only credits and concurrency pass by waiting. */
export type LimitKind = 'credits' | 'concurrency' | 'hard';

/**
 * Which limit a LIMIT_EXCEEDED / LIMIT_REACHED answer means. Zoho documents no separate code for each, so the
 * answer's details and message decide; one that names neither credits nor concurrency is a per-request limit
 * (records, columns, file size, subform rows) that waiting never lifts.
 */
export function limitKind(error: ZohoError): LimitKind {
  const text = `${error.zohoMessage} ${JSON.stringify(error.details ?? '')}`;
  if (/credit|api limit|api_limit|daily|per day/i.test(text) || error.code === 'LIMIT_REACHED')
    return 'credits';
  if (/concurren|in parallel|simultaneous|many requests/i.test(text)) return 'concurrency';
  return 'hard';
}

const CREDITS_WAIT_MS = 15 * 60_000;

/** "13:42 UTC": when a pause ends, as the pages show it. */
export function resumeTime(date: Date): string {
  return `${date.toISOString().slice(11, 16)} UTC`;
}

/**
 * How the runner treats a failed step: `wait` pauses and tries again later (rate limits, credits, tokens, an
 * unreachable Zoho), `stop` is a definite refusal that trying again won't change.
 */
export function classifyFailure(error: unknown, now = Date.now()): Failure {
  if (!(error instanceof ZohoError)) {
    return {
      kind: 'wait',
      message: `Fieldmap hit an unexpected problem: ${(error as Error).message}`,
      retryInMs: 60_000,
    };
  }
  const waitFor = (message: string, retryInMs: number): Failure => ({ kind: 'wait', message, retryInMs });
  const resumesAt = (error.details as { resumesAt?: string } | undefined)?.resumesAt;
  if (resumesAt && (error.code === 'TOKEN_THROTTLED' || error.code === 'TOKEN_ENDPOINT_UNAVAILABLE')) {
    const at = new Date(resumesAt);
    const reason =
      error.code === 'TOKEN_THROTTLED'
        ? 'Zoho is throttling this connection’s token requests'
        : 'Zoho’s token endpoint gave an answer Fieldmap could not use';
    return waitFor(
      `${reason}; work resumes by itself at ${resumeTime(at)}.`,
      Math.max(1000, at.getTime() - now),
    );
  }
  if (error.code === 'TOKEN_THROTTLED' || error.code === 'TOKEN_ENDPOINT_UNAVAILABLE')
    return waitFor(`${error.zohoMessage}; work resumes by itself shortly.`, 60_000);
  if (error.httpStatus === 429 || error.code === 'TOO_MANY_REQUESTS')
    return waitFor('Zoho asked us to slow down; the import continues by itself shortly.', 60_000);
  if (
    error.code === 'LIMIT_REACHED' ||
    error.code === 'LIMIT_EXCEEDED' ||
    /credit/i.test(error.zohoMessage)
  ) {
    const kind = limitKind(error);
    if (kind === 'credits')
      return waitFor(
        `The org's Zoho API credits are used up; work resumes by itself at ${resumeTime(new Date(now + CREDITS_WAIT_MS))} if Zoho has granted more by then.`,
        CREDITS_WAIT_MS,
      );
    if (kind === 'concurrency')
      return waitFor('Zoho is running as many jobs for this org as it allows; work resumes shortly.', 60_000);
    return {
      kind: 'stop',
      message: `${error.zohoMessage} (${error.code}). A Zoho limit on this request was reached; waiting will not lift it.`,
      retryInMs: 0,
    };
  }
  if (error.code === 'NEEDS_RECONNECT' || error.isAuthProblem)
    return waitFor(
      `Zoho no longer accepts this connection. ${error.advice} The import resumes once it is reconnected.`,
      60_000,
    );
  if (error.code === 'NETWORK_ERROR' || error.httpStatus >= 500)
    return waitFor(
      `Zoho could not be reached or answered with an error (${error.code}); retrying shortly.`,
      30_000,
    );
  // An unreadable 2xx/3xx answer may be a passing glitch; an unreadable 4xx was already tried twice.
  if (error.code === 'UNEXPECTED_RESPONSE' && (error.httpStatus < 400 || error.httpStatus >= 500))
    return waitFor(
      `Zoho answered in a shape Fieldmap does not know (${error.code}); retrying shortly.`,
      30_000,
    );
  return { kind: 'stop', message: `${error.zohoMessage} (${error.code}). ${error.advice}`, retryInMs: 0 };
}
