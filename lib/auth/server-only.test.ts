import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Modules the browser imports too (schemas, error shapes, fetch helper); all others are server-only.
const ISOMORPHIC = new Set([
  'lib/auth/auth-schemas.ts',
  'lib/auth/password-rules.ts',
  'lib/http/api-fetch.ts',
  'lib/http/app-error.ts',
  'lib/http/content-security-policy.ts',
  'lib/http/public-routes.ts',
]);
const ROOT = path.resolve(__dirname, '../..');
const modules = ['lib/auth', 'lib/http'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`),
);

describe('auth and http modules keep secrets on the server', () => {
  it.each(modules.filter((file) => !ISOMORPHIC.has(file)))("%s starts with import 'server-only'", (file) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8').startsWith("import 'server-only';")).toBe(true);
  });

  it.each([...ISOMORPHIC])('%s (browser-safe) imports nothing server-side', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source).not.toMatch(/from '(node:|@\/lib\/(db|auth\/(get-secrets|session-cookie|password)))/);
  });
});
