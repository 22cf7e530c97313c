import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import {
  PUBLIC_METADATA_FILES,
  PUBLIC_PAGE_FILES,
  PUBLIC_ROUTE_FILES,
  SERVER_TO_SERVER_ROUTE_FILES,
} from './public-routes';
import { isRouteHandler } from './route';

const ROOT = path.resolve(__dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const METADATA_FILE =
  /^(robots|sitemap|manifest|opengraph-image|twitter-image|icon|apple-icon)\.(ts|tsx|js)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

const appFiles = filesUnder('app');
const routeFiles = appFiles.filter((file) => file.endsWith('/route.ts'));
const pageFiles = appFiles.filter((file) => file.endsWith('/page.tsx'));
const isListed = (list: readonly string[], file: string) => list.includes(file);

describe('route guard: every route and page needs an admin unless allow-listed', () => {
  beforeAll(() => useTestEnv(TEST_SECRETS));

  it('finds the app', () => {
    expect(routeFiles).toContain('app/api/auth/sign-in/route.ts');
    expect(pageFiles).toContain('app/(auth)/sign-in/page.tsx');
  });

  it.each(routeFiles)(
    '%s: every export is made by route(), and without a cookie answers 401',
    async (file) => {
      const module: Record<string, unknown> = await import(path.join(ROOT, file));
      const handlers = Object.entries(module).filter(([name]) => HTTP_METHODS.includes(name));
      expect(handlers.length).toBeGreaterThan(0);
      for (const [method, handler] of handlers) {
        expect(isRouteHandler(handler), `${method} in ${file} is not made by route()`).toBe(true);
        if (!isRouteHandler(handler)) continue;
        if (!handler.isBrowserRoute) {
          const isListedServerToServer = isListed(SERVER_TO_SERVER_ROUTE_FILES, file);
          expect(
            isListedServerToServer,
            `${method} in ${file} skips the Origin check but is not listed`,
          ).toBe(true);
        }
        if (handler.auth === 'public') {
          expect(
            isListed(PUBLIC_ROUTE_FILES, file),
            `${method} in ${file} is public but not allow-listed`,
          ).toBe(true);
          continue;
        }
        const request = new Request(`${TEST_SECRETS.PUBLIC_BASE_URL}/guard-test`, {
          method,
          headers: { origin: TEST_SECRETS.PUBLIC_BASE_URL, 'content-type': 'application/json' },
          body: method === 'GET' || method === 'HEAD' ? undefined : '{}',
        });
        const response = await handler(request, { params: Promise.resolve({}) });
        expect(response.status, `${method} ${file}`).toBe(401);
      }
    },
  );

  it.each(pageFiles.filter((file) => !isListed(PUBLIC_PAGE_FILES, file)))(
    '%s: calls requireAdmin() on the server before anything else',
    (file) => {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      expect(source).not.toMatch(/^['"]use client['"]/m);
      expect(source).toMatch(/import \{ requireAdmin \} from '@\/lib\/auth\/require-admin'/);
      const body = source.slice(source.indexOf('export default'));
      const firstAwait = body.match(/await\s+([\w.]+)\(/);
      expect(firstAwait?.[1], `${file}: the first await must be requireAdmin()`).toBe('requireAdmin');
    },
  );

  it('has no metadata files (robots.txt and the like) beyond the public list', () => {
    const metadata = appFiles.filter((file) => METADATA_FILE.test(path.basename(file)));
    for (const file of metadata) expect(isListed(PUBLIC_METADATA_FILES, file), file).toBe(true);
  });

  it('keeps the allow-list to the public surface: sign-in, setup, share links, Zoho callbacks, robots.txt', () => {
    const all = [...PUBLIC_ROUTE_FILES, ...PUBLIC_PAGE_FILES, ...PUBLIC_METADATA_FILES];
    for (const file of all) {
      expect(file).toMatch(
        /^app\/(\(auth\)\/(sign-in|setup)\/|api\/auth\/(sign-in|setup)\/|s\/|api\/s\/|api\/zoho\/notify\/|robots\.ts)/,
      );
    }
  });
});
