import 'server-only';
import type { z } from 'zod';
import { isAllowedHost } from './data-centres';
import { readErrorBody } from './read-error-body';
import type { ZohoAuth } from './zoho-auth';
import { ZohoError, zohoError } from './zoho-error';

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
const MAX_REDIRECTS = 3;
const BASE_DELAY_MS = 500;
const TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryDelayMs(response: Response | undefined, attempt: number): number {
  const retryAfter = Number(response?.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, 60_000);
  return BASE_DELAY_MS * 2 ** attempt + Math.floor(Math.random() * 100);
}

/**
 * Every Zoho call: only to the connection's own data-centre hosts, with `Zoho-oauthtoken`, one token refresh on a
 * 401 (a second 401 on a fresh token means Zoho refuses the connection: needs reconnect), redirects followed only
 * to the data centre's hosts (the token never crosses to another host), and capped exponential backoff with
 * jitter on 429 (always) and on 5xx or a dropped connection for idempotent calls only.
 */
export async function zohoFetch(auth: ZohoAuth, request: ZohoRequest): Promise<Response> {
  const url = request.url.startsWith('http') ? request.url : `${auth.apiDomain}${request.url}`;
  assertAllowed(auth, url);
  const method = request.method ?? 'GET';
  const isIdempotent = request.isIdempotent ?? method === 'GET';
  let isRefreshed = false;
  let isUnreadableRetried = false;
  for (let attempt = 0; ; attempt += 1) {
    const token = await auth.getAccessToken({ isRefreshForced: false });
    let response: Response | undefined;
    try {
      response = await send(auth, url, token, request);
    } catch (error) {
      if (error instanceof ZohoError) throw error;
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
    if (await isUnauthorized(auth, url, response)) {
      const code = (await peekError(response.clone()))?.code;
      // A scope the user did not grant does not come back with a new token.
      if (code !== 'OAUTH_SCOPE_MISMATCH') {
        if (isRefreshed) {
          await response.body?.cancel();
          await auth.markRefused?.();
          throw new ZohoError(
            'NEEDS_RECONNECT',
            401,
            'Zoho refused a freshly issued access token',
            'The app’s access was revoked or the connected user was removed. Reconnect the org on the Connection page.',
          );
        }
        await response.body?.cancel();
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
    // A 4xx in no shape Zoho documents is tried once more (a proxy hiccup); after that it is a refusal.
    if (isIdempotent && !isUnreadableRetried && response.status >= 400 && response.status < 500) {
      if (!(await peekError(response.clone()))) {
        isUnreadableRetried = true;
        await response.body?.cancel();
        await sleep(retryDelayMs(undefined, 0));
        continue;
      }
    }
    return response;
  }
}

function assertAllowed(auth: ZohoAuth, url: string): void {
  if (isAllowedHost(auth.dataCentre, url)) return;
  throw new ZohoError(
    'HOST_NOT_ALLOWED',
    0,
    `Refused to call ${new URL(url).host}`,
    'Only the connection’s own Zoho data-centre hosts are called.',
  );
}

/**
 * One request, following up to three redirects by hand: each target must be one of the data centre's hosts,
 * and the token goes only to the host it was first sent to.
 */
async function send(auth: ZohoAuth, url: string, token: string, request: ZohoRequest): Promise<Response> {
  const method = request.method ?? 'GET';
  const firstHost = new URL(url).host;
  let target = url;
  for (let hop = 0; ; hop += 1) {
    const isSameHost = new URL(target).host === firstHost;
    const response = await fetch(target, {
      method: hop === 0 ? method : 'GET',
      headers: {
        ...(isSameHost ? { Authorization: `Zoho-oauthtoken ${token}` } : {}),
        ...(hop === 0 && request.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(hop === 0 ? request.headers : {}),
      },
      body: hop > 0 ? undefined : request.json === undefined ? request.body : JSON.stringify(request.json),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    const isRedirect = response.status >= 300 && response.status < 400 && location;
    // Only reads follow a redirect: a create must not be sent again somewhere else.
    if (!isRedirect || method !== 'GET') return response;
    await response.body?.cancel();
    if (hop + 1 > MAX_REDIRECTS)
      throw new ZohoError(
        'TOO_MANY_REDIRECTS',
        response.status,
        `Zoho redirected more than ${MAX_REDIRECTS} times`,
        'Try again later; if it persists, report it.',
      );
    const next = new URL(location, target).toString();
    if (!isAllowedHost(auth.dataCentre, next))
      throw new ZohoError(
        'HOST_NOT_ALLOWED',
        response.status,
        `Zoho redirected to ${new URL(next).host}, outside the connection’s data centre`,
        'Fieldmap only follows redirects to the data centre’s own hosts. Report this host if it is Zoho’s.',
      );
    target = next;
  }
}

/** A JSON call whose success body must match `schema`; Zoho's error bodies become a ZohoError. */
export async function zohoJson<Schema extends z.ZodType>(
  auth: ZohoAuth,
  request: ZohoRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const response = await zohoFetch(auth, request);
  const body: unknown = response.status === 204 ? {} : await response.json().catch(() => undefined);
  const error = readErrorBody(body);
  if (!response.ok || error?.status === 'error') {
    if (error) throw zohoError(error.code, errorStatus(response, error), error.message, error.details);
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

async function peekError(response: Response) {
  return readErrorBody(await response.json().catch(() => undefined));
}

/** The upload host puts its own status in ERROR_CODE (it may answer HTTP 200 with a 401 inside). */
export function errorStatus(response: Response, error: { details?: unknown }): number {
  const inner = Number((error.details as { ERROR_CODE?: unknown } | undefined)?.ERROR_CODE);
  return Number.isInteger(inner) && inner >= 400 ? inner : response.status;
}

/** A 401, or the upload host's JSON answer carrying ERROR_CODE 401 under another HTTP status. */
async function isUnauthorized(auth: ZohoAuth, url: string, response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  const isUploadHost = new URL(url).host === new URL(auth.dataCentre.uploadUrl).host;
  if (!isUploadHost || !(response.headers.get('content-type') ?? '').includes('json')) return false;
  const error = await peekError(response.clone());
  return error?.code === 'UPLOAD_REJECTED' && errorStatus(response, error) === 401;
}
