import 'server-only';
import { type DataCentre, isAllowedHost } from './data-centres';
import { ZohoError, zohoError } from './zoho-error';
import { tokenResponseSchema } from './zoho-schemas';

export type ClientCredentials = { clientId: string; clientSecret: string };
export type TokenGrant = {
  accessToken: string;
  refreshToken?: string;
  apiDomain: string;
  expiresAt: Date;
  scopes: string[];
};

/** POST to the DC's token endpoint (used by exchangeCode and refreshAccessToken); Zoho answers errors with HTTP 200 and `{ error }`. */
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
  const parsed = tokenResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ZohoError(
      'UNEXPECTED_RESPONSE',
      response.status,
      'Zoho’s token endpoint answered in an unknown shape',
      'Try again later.',
    );
  if ('error' in parsed.data) {
    // Zoho's accounts server says "Access Denied … too many requests" when a client refreshes too often.
    const isThrottled = response.status === 429 || /access denied|too many/i.test(parsed.data.error);
    if (isThrottled)
      throw zohoError(
        'TOKEN_THROTTLED',
        response.status,
        'Zoho’s accounts server is throttling token requests',
      );
    throw zohoError(
      parsed.data.error,
      response.status,
      `Zoho refused the token request: ${parsed.data.error}`,
    );
  }
  // The API domain decides where tokens are sent next: it must belong to the same data centre.
  if (!isAllowedHost(dc, parsed.data.api_domain)) {
    throw new ZohoError(
      'HOST_NOT_ALLOWED',
      0,
      `Zoho named an API domain outside ${dc.label}`,
      'Connect again and pick the data centre your org lives in.',
    );
  }
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    apiDomain: parsed.data.api_domain.replace(/\/$/, ''),
    expiresAt: new Date(Date.now() + parsed.data.expires_in * 1000),
    scopes: (parsed.data.scope ?? '').split(/[ ,]+/).filter(Boolean),
  };
}
