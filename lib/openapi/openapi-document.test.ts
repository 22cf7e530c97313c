import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import { API_ROUTES } from './api-routes';
import { buildOpenApiDocument } from './build-openapi-document';

const ROOT = path.resolve(__dirname, '../..');
const routeFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? routeFiles(`${dir}/${entry.name}`)
      : entry.name === 'route.ts'
        ? [`${dir}/${entry.name}`]
        : [],
  );

type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
  security?: unknown[];
  'x-token-scope'?: string;
};

describe('OpenAPI document', () => {
  beforeAll(() => useTestEnv(TEST_SECRETS));

  it('lists every route file on disk (the document itself aside)', () => {
    const onDisk = routeFiles('app/api').filter((file) => file !== 'app/api/openapi.json/route.ts');
    expect(API_ROUTES.map((entry) => entry.file).sort()).toEqual(onDisk.sort());
  });

  it('describes each operation from the zod schemas its route validates with', () => {
    const document = buildOpenApiDocument('http://localhost:3000') as unknown as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const fromTemplate = document.paths['/api/imports/from-template']?.post;
    expect(fromTemplate?.['x-token-scope']).toBe('import');
    expect(
      Object.keys(fromTemplate?.requestBody?.content['application/json']?.schema.properties ?? {}),
    ).toEqual(expect.arrayContaining(['uploadId', 'template', 'connectionId', 'rowLimit']));
    const part = document.paths['/api/uploads/{id}/parts/{index}']?.put;
    expect(part?.requestBody?.content['application/octet-stream']).toBeDefined();
    expect(document.paths['/api/s/{token}']?.get?.security).toEqual([]);

    for (const [url, operations] of Object.entries(document.paths)) {
      const inUrl = [...url.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        expect((operation as { summary?: string }).summary, `${method} ${url} has a summary`).toBeTruthy();
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort(), `${method.toUpperCase()} ${url}`).toEqual(inUrl.sort());
      }
    }
  });
});
