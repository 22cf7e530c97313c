import 'server-only';
import type { z } from 'zod';
import { isAllowedHost } from './data-centres';
import type { ZohoAuth } from './zoho-auth';
import { ZohoError, zohoError } from './zoho-error';
import { zohoErrorBodySchema } from './zoho-schemas';

export type ZohoRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path on the API domain (`/crm/v8/org`) or an absolute URL Zoho gave us (a download URL). */
  url: string;
  json?: unknown;
  body?: FormData;
  headers?: Record<string, string>;
  /** Safe to repeat after a 5xx or a dropped connection (reads). Job creation is not: Zoho may have made the job. */
  isIdempotent?: boolean;
};

const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 500;
const TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryDelayMs(response: Response | undefined, attempt: number): number {
  const retryAfter = Number(response?.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, 60_000);
  return BASE_DELAY_MS * 2 ** attempt + Math.floor(Math.random() * 100);
}

/**
 * Every Zoho call: only to the connection's own data-centre hosts, with `Zoho-oauthtoken`, no redirects, one
 * token refresh on INVALID_TOKEN, and capped exponential backoff with jitter on 429 (always) and on 5xx or a
 * dropped connection for idempotent calls only.
 */
export async function zohoFetch(auth: ZohoAuth, request: ZohoRequest): Promise<Response> {
  const url = request.url.startsWith('http') ? request.url : `${auth.apiDomain}${request.url}`;
  if (!isAllowedHost(auth.dataCentre, url)) {
    throw new ZohoError(
      'HOST_NOT_ALLOWED',
      0,
      `Refused to call ${new URL(url).host}`,
      'Only the connection’s own Zoho data-centre hosts are called.',
    );
  }
  const method = request.method ?? 'GET';
  const isIdempotent = request.isIdempotent ?? method === 'GET';
  let isRefreshed = false;
  for (let attempt = 0; ; attempt += 1) {
    const token = await auth.getAccessToken({ isRefreshForced: false });
    let response: Response | undefined;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: `Zoho-oauthtoken ${token}`,
          ...(request.json === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...request.headers,
        },
        body: request.json === undefined ? request.body : JSON.stringify(request.json),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        // Never follow a redirect with the Authorization header to wherever it points.
        redirect: 'manual',
      });
    } catch (error) {
      if (isIdempotent && attempt + 1 < MAX_ATTEMPTS) {
        await sleep(retryDelayMs(undefined, attempt));
        continue;
      }
      throw new ZohoError(
        'NETWORK_ERROR',
        0,
        `Could not reach Zoho (${(error as Error).message})`,
        'Check the server’s network and try again.',
      );
    }
    if (response.status === 401 && !isRefreshed) {
      const code = await peekErrorCode(response.clone());
      if (code === 'INVALID_TOKEN' || code === 'AUTHENTICATION_FAILURE') {
        await auth.getAccessToken({ isRefreshForced: true, rejectedToken: token });
        isRefreshed = true;
        attempt -= 1;
        continue;
      }
    }
    // A 503 can come from a gateway after Zoho accepted a create: only calls safe to repeat are repeated.
    const isRetryable =
      response.status === 429 ||
      (isIdempotent && response.status === 503) ||
      (method === 'GET' && response.status >= 500);
    if (isRetryable && attempt + 1 < MAX_ATTEMPTS) {
      await response.body?.cancel();
      await sleep(retryDelayMs(response, attempt));
      continue;
    }
    return response;
  }
}

async function peekErrorCode(response: Response): Promise<string | undefined> {
  const parsed = zohoErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? parsed.data.code : undefined;
}

/** A JSON call whose success body must match `schema`; Zoho's error bodies become a ZohoError. */
export async function zohoJson<Schema extends z.ZodType>(
  auth: ZohoAuth,
  request: ZohoRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const response = await zohoFetch(auth, request);
  const body: unknown = response.status === 204 ? {} : await response.json().catch(() => undefined);
  const error = zohoErrorBodySchema.safeParse(body);
  if (!response.ok || (error.success && error.data.status === 'error')) {
    if (error.success)
      throw zohoError(error.data.code, response.status, error.data.message, error.data.details);
    throw new ZohoError(
      'UNEXPECTED_RESPONSE',
      response.status,
      `Zoho answered HTTP ${response.status}`,
      'Try again; if it persists, check Zoho’s status page.',
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ZohoError(
      'UNEXPECTED_RESPONSE',
      response.status,
      'Zoho answered in a shape Fieldmap does not know',
      'This may be a Zoho API change; please report it.',
      parsed.error.issues.slice(0, 3),
    );
  }
  return parsed.data;
}
