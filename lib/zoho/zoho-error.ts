import 'server-only';

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
      'invalid_redirect_uri',
      'unauthorized_client',
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
  TOKEN_THROTTLED:
    'Zoho issues at most ten access tokens in ten minutes and then blocks for the rest of them; Fieldmap waits the block out and work resumes by itself.',
  unauthorized_client:
    'Zoho does not allow this client to use this grant. Check the client type in Zoho’s API console, then reconnect.',
  UPLOAD_REJECTED:
    'Zoho’s upload host refused the file. Check that the connection’s org (zgid) is right and reconnect if the message mentions authorization.',
  NEEDS_RECONNECT:
    'Zoho no longer accepts this connection’s refresh token. Reconnect the org on the Connection page.',
  INVALID_URL_PATTERN: 'Zoho does not know this address. Check the connection’s API version and data centre.',
  INVALID_REQUEST_METHOD:
    'Zoho does not take this kind of request here; this is a Fieldmap bug worth reporting.',
  RESOURCE_NOT_FOUND: 'Zoho no longer has this job or record. Run the job again.',
  INVALID_CALLBACK_URL:
    'Zoho refuses callbacks to this address. Set PUBLIC_BASE_URL to a public https address, or let Fieldmap poll.',
  INVALID_CALLBACK_METHOD: 'Callbacks must use POST; this is a Fieldmap bug worth reporting.',
  FILE_NOT_SUPPORTED:
    'Zoho already used or cannot read this uploaded file. Fieldmap uploads it again when you retry.',
  FILE_NOT_FOUND:
    'A CSV named in the job is not in the uploaded zip. Retry; Fieldmap builds the zip and the job together.',
  INVALID_FILE_ID: 'The uploaded file id is not valid. Retry; Fieldmap uploads the file again.',
  INVALID_FILE_FORMAT: 'Zoho takes zipped CSV files only; this is a Fieldmap bug worth reporting.',
  NOT_SUPPORTED_FEATURE: 'Zoho refused the upload’s feature header; check the connection’s API version.',
  INVALID_DATA: 'Zoho found the request invalid. Check the mapping and the job settings.',
  MISSING_REQUIRED_KEY:
    'A required setting is missing from the job. Check the module, operation and mapping.',
  MANDATORY_NOT_FOUND: 'A required setting is missing: update and upsert need a “find records by” field.',
  INVALID_FIELD: 'A field in the job is not valid for this module. Refresh the fields and check the mapping.',
  INVALID_FORMAT:
    'A date format in the mapping is not one Zoho accepts. Pick another format for that column.',
  HEADER_LIMIT_EXCEEDED: 'Zoho takes at most 200 mapped columns per file. Map fewer columns.',
  COLUMN_INDEX_NOT_FOUND:
    'A mapping points at a column the file does not have. Re-check the mapping against the file.',
  MEDIA_TYPE_NOT_SUPPORTED: 'Zoho wanted JSON; this is a Fieldmap bug worth reporting.',
  AUTHORIZATION_FAILED:
    'The connected Zoho user may not do this. Connect as a user with the needed profile permissions.',
  LIMIT_EXCEEDED:
    'A Zoho limit was reached (records per file, API credits or concurrent jobs). Try again later or split the work.',
  INVALID_MODULE: 'Zoho does not know this module. Refresh the module list.',
  REQUIRED_PARAM_MISSING: 'A required parameter is missing; this is a Fieldmap bug worth reporting.',
  FIELD_NOT_AVAILABLE:
    'A selected field is not available to the connected user. Refresh the fields or pick others.',
  CRITERIA_LIMIT_EXCEEDED: 'Zoho takes at most 25 conditions. Simplify the criteria.',
  INVALID_CRITERIA: 'The criteria are not valid for this module. Check each condition.',
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED:
    'A condition uses a comparison its field does not support. Pick another comparison.',
  CVID_NOT_SUPPORTED: 'That custom view cannot be exported. Pick another view or use criteria.',
  PAGE_NOT_SUPPORTED: 'That page of results does not exist. Export again from the first page.',
  MODULE_NOT_SUPPORTED: 'This module cannot be exported this way (ICS is for Meetings/Events only).',
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
