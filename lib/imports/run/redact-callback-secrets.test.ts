import { describe, expect, it } from 'vitest';
import { redactCallbackSecrets } from './redact-callback-secrets';

describe('redactCallbackSecrets', () => {
  it("hides the secret in Zoho's quote of a callback URL and keeps the rest of the message", () => {
    const secret = 'q3Vx_9kLmN0pQrStUvWxYz012345';
    const message = `Invalid URL 'https://fieldmap.corp.internal/api/zoho/notify/0b4c1b1e-7c1f-4f4e-9d53-2f1f3b1f0a11/${secret}' (INVALID_CALLBACK_URL)`;
    const redacted = redactCallbackSecrets(message);
    expect(redacted).not.toContain(secret);
    expect(redacted).toBe(
      "Invalid URL 'https://fieldmap.corp.internal/api/zoho/notify/0b4c1b1e-7c1f-4f4e-9d53-2f1f3b1f0a11/[redacted]' (INVALID_CALLBACK_URL)",
    );
  });

  it('leaves messages without a callback URL alone', () => {
    expect(redactCallbackSecrets('The file has 3 columns (INVALID_DATA)')).toBe(
      'The file has 3 columns (INVALID_DATA)',
    );
  });
});
