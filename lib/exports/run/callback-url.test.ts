import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { resetEnvForTests } from '@/lib/env';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';
import { newCallbackUrl } from './callback-url';

const EXPORT_ID = '3f1e2d4c-0000-4000-8000-000000000001';

function configure(publicBaseUrl: string | undefined) {
  process.env.SESSION_SECRET = randomBytes(32).toString('hex');
  process.env.TOKEN_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
  if (publicBaseUrl) process.env.PUBLIC_BASE_URL = publicBaseUrl;
  else delete process.env.PUBLIC_BASE_URL;
  delete process.env.SIM_ALLOW_PRIVATE_CALLBACKS;
  resetEnvForTests();
  resetSecretsForTests();
}

afterEach(() => {
  delete process.env.PUBLIC_BASE_URL;
  resetEnvForTests();
});

describe('newCallbackUrl', () => {
  it('asks Zoho to call back only a public https address, with a secret only its hash is kept of', () => {
    configure('https://fieldmap.example.com/');
    const callback = newCallbackUrl(EXPORT_ID, false);
    const match = callback?.url.match(
      /^https:\/\/fieldmap\.example\.com\/api\/zoho\/notify\/([\w-]+)\/([\w-]+)$/,
    );
    expect(match?.[1]).toBe(EXPORT_ID);
    expect(isCallbackSecret(match?.[2] ?? '', callback?.secretHash ?? null)).toBe(true);
    expect(callback?.secretHash).not.toContain(match?.[2] ?? 'never');
  });

  it('sends no callback over plain http or without a public address (polling finishes the export)', () => {
    configure('http://fieldmap.example.com');
    expect(newCallbackUrl(EXPORT_ID, false)).toBeUndefined();
    configure(undefined);
    expect(newCallbackUrl(EXPORT_ID, false)).toBeUndefined();
  });
});
