import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { sealSession } from '@/lib/auth/session-cookie';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import { config, proxy } from '@/proxy';

type PathToRegexp = (source: string, keys: unknown[], options: Record<string, boolean | string>) => RegExp;
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: PathToRegexp;
};

// Next compiles matcher sources with its bundled path-to-regexp; the same options as its middleware loader.
const [matcher] = config.matcher;
const matches = (path: string) =>
  pathToRegexp(matcher?.source ?? '', [], { delimiter: '/', sensitive: false, strict: true }).test(path);

describe('proxy.ts', () => {
  beforeEach(() => useTestEnv(TEST_SECRETS));

  it('sees pages and API routes but never upload routes or static assets', () => {
    for (const path of ['/', '/imports', '/sign-in', '/api/admins', '/s/abc'])
      expect(matches(path), path).toBe(true);
    for (const path of [
      '/api/uploads',
      '/api/uploads/123/parts/4',
      '/_next/static/chunks/a.js',
      '/_next/image',
    ]) {
      expect(matches(path), path).toBe(false);
    }
  });

  it('sends a fresh nonce CSP per request and hands the nonce to Next', async () => {
    const first = await proxy(new NextRequest('http://localhost:3000/imports'));
    const second = await proxy(new NextRequest('http://localhost:3000/imports'));
    const policy = first.headers.get('content-security-policy') ?? '';
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);
    expect(policy).toContain("'strict-dynamic'");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "connect-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
  });

  it('slides an active session forward on page views, but not on API calls or for an idle-expired session', async () => {
    const cookieAt = async (seenAt: number) =>
      `fieldmap_session=${await sealSession({ adminId: crypto.randomUUID(), version: 1, issuedAt: seenAt, seenAt })}`;
    const view = (path: string, cookie: string) =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie } }));
    const fiveMinutesAgo = await cookieAt(Date.now() - 5 * 60_000);
    expect((await view('/jobs', fiveMinutesAgo)).headers.get('set-cookie')).toMatch(
      /^fieldmap_session=.+HttpOnly/,
    );
    expect((await view('/api/jobs', fiveMinutesAgo)).headers.get('set-cookie')).toBeNull();
    expect((await view('/jobs', await cookieAt(Date.now()))).headers.get('set-cookie')).toBeNull();
    const idleTooLong = await cookieAt(Date.now() - 9 * 60 * 60_000);
    expect((await view('/jobs', idleTooLong)).headers.get('set-cookie')).toBeNull();
    expect((await view('/jobs', 'fieldmap_session=forged')).headers.get('set-cookie')).toBeNull();
  });
});
