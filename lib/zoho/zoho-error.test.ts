import { describe, expect, it } from 'vitest';
import { zohoError } from './zoho-error';

// Every error code Zoho's documents and recorded answers show (docs/zoho.md), for which the admin must get a sentence saying what to do.
const SEED_CODES = [
  'INVALID_URL_PATTERN',
  'INVALID_REQUEST_METHOD',
  'AUTHENTICATION_FAILURE',
  'INVALID_TOKEN',
  'OAUTH_SCOPE_MISMATCH',
  'NO_PERMISSION',
  'AUTHORIZATION_FAILED',
  'INTERNAL_ERROR',
  'TOO_MANY_REQUESTS',
  'INVALID_FILE_FORMAT',
  'NOT_SUPPORTED_FEATURE',
  'FILE_TOO_LARGE',
  'MANDATORY_FIELDS_NOT_MAPPED',
  'INVALID_CALLBACK_URL',
  'FILE_NOT_SUPPORTED',
  'INVALID_DATA',
  'MISSING_REQUIRED_KEY',
  'INVALID_FIELD_NAME',
  'MANDATORY_NOT_FOUND',
  'INVALID_FIELD',
  'INVALID_FORMAT',
  'INVALID_FILE_ID',
  'HEADER_LIMIT_EXCEEDED',
  'COLUMN_INDEX_NOT_FOUND',
  'MODULE_NOT_AVAILABLE',
  'RESOURCE_NOT_FOUND',
  'MEDIA_TYPE_NOT_SUPPORTED',
  'INVALID_CALLBACK_METHOD',
  'LIMIT_EXCEEDED',
  'invalid_code',
  'invalid_client',
  'invalid_client_secret',
];

describe('Zoho errors say what to do', () => {
  it.each(SEED_CODES)('%s has its own advice', (code) => {
    const error = zohoError(code, 400, 'message from Zoho');
    expect(error.advice).not.toMatch(/Check the request in Zoho’s documentation/);
    expect(error.message).toContain(`(${code})`);
  });
});
