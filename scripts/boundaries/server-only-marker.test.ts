import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const MARKER = "import 'server-only';";

/**
 * Folders whose code runs in the browser and on the server alike: no marker, and nothing server-side. `lib/zoho/wire`
 * holds the pure builders of Zoho's request bodies that the browser previews.
 */
const PURE_FOLDERS = ['lib/csv/', 'lib/mapping/', 'lib/crm/', 'lib/job-status/', 'lib/zoho/wire/'];

/**
 * Files of server folders the browser imports too (schemas, error shapes, the fetch helper, export definitions
 * and their request preview, limits the pre-flight shows). Every other file of lib/ starts with the marker, so
 * a client component that reaches one fails the build and `npm run boundaries`.
 */
const ISOMORPHIC = new Set([
  'lib/api-tokens/api-token-schemas.ts',
  'lib/api-tokens/api-token-scopes.ts',
  'lib/auth/auth-schemas.ts',
  'lib/auth/password-rules.ts',
  'lib/connections/self-client-form-schema.ts',
  'lib/exports/definitions/check-export-definition.ts',
  'lib/exports/definitions/export-definition-schema-for.ts',
  'lib/exports/definitions/export-definition.ts',
  'lib/exports/definitions/field-catalog.ts',
  'lib/http/api-fetch.ts',
  'lib/http/app-error.ts',
  'lib/http/public-routes.ts',
  'lib/imports/create/estimate-credits.ts',
  'lib/mapping-templates/apply-template.ts',
  'lib/mapping-templates/mapping-template-schemas.ts',
  'lib/mapping-templates/template-from-state.ts',
  'lib/notifications/notification-schemas.ts',
  'lib/retries/retry-schemas.ts',
  'lib/schedules/schedule-schemas.ts',
  'lib/share-links/share-link-schemas.ts',
  'lib/zoho/limits.ts',
]);

/** Read by drizzle-kit outside Next (migrations), and by the runtime: table definitions only. */
const DRIZZLE_SCHEMA = /^lib\/db\/schema(\.ts|\/)/;
/** Test support runs under Vitest or as a plain child process of a test. */
const TEST_SUPPORT = /(\.test\.tsx?|\.fixture\.ts)$|\/test\/|^lib\/test\//;

const libFiles = execFileSync('git', ['ls-files', 'lib'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.tsx?$/.test(file) && existsSync(path.join(ROOT, file)))
  .filter((file) => !TEST_SUPPORT.test(file) && !file.startsWith('lib/db/migrations/'));
const isPure = (file: string) => PURE_FOLDERS.some((folder) => file.startsWith(folder));
const serverFiles = libFiles.filter(
  (file) => !isPure(file) && !ISOMORPHIC.has(file) && !DRIZZLE_SCHEMA.test(file),
);
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function importedFiles(file: string): string[] {
  const specifiers = [
    ...source(file).matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gm),
  ].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/')
      ? specifier.slice(2)
      : specifier.startsWith('.')
        ? path.join(path.dirname(file), specifier)
        : null;
    if (base === null) return specifier.startsWith('node:') ? [specifier] : [];
    return ['.ts', '.tsx', '/index.ts']
      .map((ext) => base + ext)
      .filter((candidate) => existsSync(path.join(ROOT, candidate)));
  });
}

describe("server code says so: every file of a server folder starts with import 'server-only'", () => {
  it.each(serverFiles)('%s', (file) => {
    expect(source(file).startsWith(MARKER)).toBe(true);
  });

  it.each([...ISOMORPHIC])('%s (browser-safe) exists and imports nothing server-only at runtime', (file) => {
    expect(existsSync(path.join(ROOT, file))).toBe(true);
    expect(source(file).startsWith(MARKER)).toBe(false);
    for (const imported of importedFiles(file)) {
      expect(imported, `${file} imports ${imported}`).not.toMatch(/^node:|^lib\/db\//);
      expect(source(imported).startsWith(MARKER), `${file} imports server-only ${imported}`).toBe(false);
    }
  });

  it.each(libFiles.filter(isPure))('%s (pure) has no marker and no Node built-ins', (file) => {
    expect(source(file).startsWith(MARKER)).toBe(false);
    expect(source(file)).not.toMatch(/from 'node:/);
  });
});
