import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
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
    const first = proxy(new NextRequest('http://localhost:3000/imports'));
    const second = proxy(new NextRequest('http://localhost:3000/imports'));
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
});
