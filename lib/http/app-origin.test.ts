import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import { appOrigin, isSecureOrigin } from './app-origin';
import { checkOrigin } from './check-origin';
import { clientAddress } from './client-address';

const proxied = new Headers({
  host: '127.0.0.1:3000',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'fieldmap.example.com',
  'x-forwarded-for': '203.0.113.9, 10.0.0.1',
});

describe('the origin browsers use, behind a TLS reverse proxy or not', () => {
  beforeEach(() => useTestEnv({ ...TEST_SECRETS, PUBLIC_BASE_URL: undefined, TRUST_PROXY: undefined }));

  it('uses the Host header and ignores X-Forwarded-* unless TRUST_PROXY is set', () => {
    expect(appOrigin(proxied)).toBe('http://127.0.0.1:3000');
    expect(isSecureOrigin(appOrigin(proxied))).toBe(false);
    expect(clientAddress(new Request('http://x', { headers: proxied }))).toBe('direct');
  });

  it('believes the proxy with TRUST_PROXY: https origin (Secure, __Host- cookie) and the client address', () => {
    useTestEnv({ TRUST_PROXY: 'true' });
    expect(appOrigin(proxied)).toBe('https://fieldmap.example.com');
    expect(isSecureOrigin(appOrigin(proxied))).toBe(true);
    expect(clientAddress(new Request('http://x', { headers: proxied }))).toBe('203.0.113.9');
  });

  it('prefers PUBLIC_BASE_URL over any header', () => {
    useTestEnv({ PUBLIC_BASE_URL: 'https://crm-tools.example.org/', TRUST_PROXY: 'true' });
    expect(appOrigin(proxied)).toBe('https://crm-tools.example.org');
  });

  it('lets a write through only from that origin', () => {
    useTestEnv({ TRUST_PROXY: 'true' });
    const write = (origin: string) =>
      new Request('http://127.0.0.1:3000/api/x', {
        method: 'POST',
        headers: { ...Object.fromEntries(proxied), origin },
      });
    expect(() => checkOrigin(write('https://fieldmap.example.com'))).not.toThrow();
    expect(() => checkOrigin(write('http://fieldmap.example.com'))).toThrow(
      /did not come from a Fieldmap page/,
    );
    expect(() => checkOrigin(new Request('http://127.0.0.1:3000/api/x'))).not.toThrow();
  });
});
