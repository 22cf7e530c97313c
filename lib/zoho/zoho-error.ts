/** An error answer from Zoho, with Zoho's code and a sentence that tells the admin what to do. */
export class ZohoError extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    readonly zohoMessage: string,
    readonly advice: string,
    readonly details?: unknown,
  ) {
    super(`${zohoMessage} (${code}). ${advice}`);
    this.name = 'ZohoError';
  }

  get isAuthProblem(): boolean {
    return [
      'INVALID_TOKEN',
      'AUTHENTICATION_FAILURE',
      'invalid_code',
      'invalid_client',
      'invalid_client_secret',
    ].includes(this.code);
  }
}

const ADVICE: Record<string, string> = {
  INVALID_TOKEN:
    'Fieldmap will refresh the access token; if this persists, reconnect the org on the Connection page.',
  AUTHENTICATION_FAILURE: 'Zoho did not accept the credentials. Reconnect the org on the Connection page.',
  invalid_code:
    'The grant code or refresh token is expired, used or revoked. Reconnect the org on the Connection page.',
  invalid_client:
    'Zoho does not know this client id in that data centre. Check ZOHO_CLIENT_ID and the data centre (enable Multi-DC in the API console).',
  invalid_client_secret: 'The client secret is wrong for this data centre. Check ZOHO_CLIENT_SECRET.',
  invalid_redirect_uri:
    'The redirect URI is not registered for this client in Zoho’s API console. Add <PUBLIC_BASE_URL>/api/zoho/callback there.',
  OAUTH_SCOPE_MISMATCH:
    'The connection lacks a scope Fieldmap needs. Reconnect the org to grant all requested scopes.',
  NO_PERMISSION:
    'The connected Zoho user’s profile lacks this permission. Ask a Zoho admin, or connect as another user.',
  TOO_MANY_REQUESTS: 'Zoho is rate-limiting this org. Fieldmap retries with backoff; try again in a minute.',
  INTERNAL_ERROR: 'Zoho had an internal error. Try again in a few minutes.',
  MODULE_NOT_AVAILABLE: 'That module is not available to the connected user. Check the module in Zoho.',
  MANDATORY_FIELDS_NOT_MAPPED:
    'Map the missing mandatory fields (or give them a default value) and try again.',
  INVALID_FIELD_NAME: 'A mapped field no longer exists in Zoho. Refresh the field list and fix the mapping.',
  FILE_TOO_LARGE:
    'The file is over Zoho’s 25 MB limit; Fieldmap splits files, so this is a bug worth reporting.',
};

export function zohoError(code: string, httpStatus: number, message: string, details?: unknown): ZohoError {
  return new ZohoError(
    code,
    httpStatus,
    message,
    ADVICE[code] ?? 'Check the request in Zoho’s documentation, or try again.',
    details,
  );
}
