import { ZohoError } from './zoho-error';

/**
 * How the runner treats a failed step: `wait` pauses and tries again later (rate limits, credits, tokens, an
 * unreachable Zoho), `stop` is a definite refusal that trying again won't change.
 */
export function classifyFailure(error: unknown): {
  kind: 'wait' | 'stop';
  message: string;
  retryInMs: number;
} {
  if (!(error instanceof ZohoError)) {
    return {
      kind: 'wait',
      message: `Fieldmap hit an unexpected problem: ${(error as Error).message}`,
      retryInMs: 60_000,
    };
  }
  const waitFor = (message: string, retryInMs: number) => ({ kind: 'wait' as const, message, retryInMs });
  if (error.httpStatus === 429 || error.code === 'TOO_MANY_REQUESTS' || error.code === 'TOKEN_THROTTLED')
    return waitFor('Zoho asked us to slow down; the import continues by itself shortly.', 60_000);
  if (error.code === 'LIMIT_REACHED' || error.code === 'LIMIT_EXCEEDED' || /credit/i.test(error.zohoMessage))
    return waitFor(
      "The org's Zoho API credits are used up; the import resumes when Zoho grants more.",
      5 * 60_000,
    );
  if (error.code === 'NEEDS_RECONNECT' || error.isAuthProblem)
    return waitFor(
      `Zoho no longer accepts this connection. ${error.advice} The import resumes once it is reconnected.`,
      60_000,
    );
  if (error.code === 'NETWORK_ERROR' || error.httpStatus >= 500 || error.code === 'UNEXPECTED_RESPONSE')
    return waitFor(
      `Zoho could not be reached or answered with an error (${error.code}); retrying shortly.`,
      30_000,
    );
  return { kind: 'stop', message: `${error.zohoMessage} (${error.code}). ${error.advice}`, retryInMs: 0 };
}
