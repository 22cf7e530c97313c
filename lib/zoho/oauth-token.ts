import 'server-only';
import { type DataCentre, isAllowedHost } from './data-centres';
import { ZohoError, zohoError } from './zoho-error';
import { tokenErrorSchema, tokenGrantSchema } from './zoho-schemas';

export type ClientCredentials = { clientId: string; clientSecret: string };
export type TokenGrant = {
  accessToken: string;
  refreshToken?: string;
  apiDomain: string;
  expiresAt: Date;
  scopes: string[];
};

/**
 * The only token-endpoint refusals that a reconnect (or a config fix) cures. Zoho writes them as lower-case
 * OAuth codes; anything else it answers is a pause, never a reason to stop work.
 */
export const PERMANENT_TOKEN_ERRORS = new Set([
  'invalid_code',
  'invalid_client',
  'invalid_client_secret',
  'invalid_redirect_uri',
  'unauthorized_client',
]);

const DEFAULT_EXPIRES_IN_S = 3600;

/**
 * POST to the DC's token endpoint (used by exchangeCode and refreshAccessToken). Answers are told apart by HTTP
 * status and body shape, never by their words (Zoho localises them): a grant; a documented permanent OAuth code;
 * throttling (HTTP 429, or the `status:"failure"` + `error_description` body in any language, under any status);
 * anything else is TOKEN_ENDPOINT_UNAVAILABLE, which pauses and retries.
 */
export async function requestToken(dc: DataCentre, form: Record<string, string>): Promise<TokenGrant> {
  let response: Response;
  try {
    response = await fetch(`${dc.accountsUrl}/oauth/v2/token`, {
      method: 'POST',
      body: new URLSearchParams(form),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ZohoError(
      'NETWORK_ERROR',
      0,
      `Could not reach ${dc.accountsUrl} (${(error as Error).message})`,
      'Check the server’s network and try again.',
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  const grant = tokenGrantSchema.safeParse(body);
  if (grant.success && response.ok) return toGrant(dc, grant.data);
  const refusal = tokenErrorSchema.safeParse(body);
  if (refusal.success && PERMANENT_TOKEN_ERRORS.has(refusal.data.error))
    throw zohoError(
      refusal.data.error,
      response.status,
      `Zoho refused the token request: ${refusal.data.error}`,
    );
  const isThrottleShape =
    refusal.success && refusal.data.status === 'failure' && refusal.data.error_description !== undefined;
  if (response.status === 429 || isThrottleShape)
    throw zohoError(
      'TOKEN_THROTTLED',
      response.status,
      'Zoho’s accounts server is throttling token requests for this connection',
      { answer: refusal.success ? refusal.data.error : undefined },
    );
  throw new ZohoError(
    'TOKEN_ENDPOINT_UNAVAILABLE',
    response.status,
    refusal.success
      ? `Zoho’s token endpoint answered “${refusal.data.error}” (HTTP ${response.status})`
      : `Zoho’s token endpoint answered HTTP ${response.status} in a shape Fieldmap does not know`,
    'Fieldmap pauses this connection’s work and asks again later; nothing is cancelled.',
  );
}

function toGrant(dc: DataCentre, data: ReturnType<typeof tokenGrantSchema.parse>): TokenGrant {
  // A refresh answer without api_domain keeps the data centre's API host.
  const apiDomain = (data.api_domain ?? dc.apiUrl).replace(/\/$/, '');
  // The API domain decides where tokens are sent next: it must belong to the same data centre.
  if (!isAllowedHost(dc, apiDomain)) {
    throw new ZohoError(
      'HOST_NOT_ALLOWED',
      0,
      `Zoho named an API domain outside ${dc.label}`,
      'Connect again and pick the data centre your org lives in.',
    );
  }
  const seconds =
    data.expires_in_sec ?? (data.expires_in === undefined ? DEFAULT_EXPIRES_IN_S : data.expires_in);
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    apiDomain,
    expiresAt: new Date(Date.now() + seconds * 1000),
    scopes: (data.scope ?? '').split(/[ ,]+/).filter(Boolean),
  };
}
