import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as changePassword } from '@/app/api/admins/me/password/route';
import { DELETE as revokeRoute } from '@/app/api/api-tokens/[id]/route';
import { POST as createRoute, GET as listRoute } from '@/app/api/api-tokens/route';
import { GET as listImports } from '@/app/api/imports/route';
import { POST as startUpload } from '@/app/api/uploads/route';
import { sealSession } from '@/lib/auth/session-cookie';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database } from '@/lib/db/client';
import { admins, apiTokens, auditEvents } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import type { ApiTokenItem, CreatedApiToken } from './api-token-schemas';

const holder = vi.hoisted(() => ({ database: undefined as Database | undefined }));
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!holder.database) throw new Error('test database not open');
    return holder.database.db;
  },
}));

const ORIGIN = TEST_SECRETS.PUBLIC_BASE_URL;
const noParams = { params: Promise.resolve({}) };
let cookie = '';
const db = () => {
  if (!holder.database) throw new Error('no db');
  return holder.database.db;
};

const asBrowser = (path: string, init: RequestInit = {}) =>
  new Request(`${ORIGIN}${path}`, {
    ...init,
    headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
  });
/** A script: no cookie, no Origin, just the token. */
const asScript = (token: string, path: string, init: RequestInit = {}) =>
  new Request(`${ORIGIN}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-forwarded-for': '203.0.113.9',
    },
  });

async function create(name: string, scopes: string[], expiresInDays = 30): Promise<CreatedApiToken> {
  const body = JSON.stringify({ name, scopes, expiresInDays });
  const response = await createRoute(asBrowser('/api/api-tokens', { method: 'POST', body }), noParams);
  expect(response.status).toBe(201);
  return response.json();
}
const upload = (token: string) =>
  startUpload(
    asScript(token, '/api/uploads', {
      method: 'POST',
      body: JSON.stringify({ fileName: 'a.csv', sizeBytes: 10 }),
    }),
    noParams,
  );

describe('API tokens', () => {
  beforeAll(async () => {
    useTestEnv({ ...TEST_SECRETS, DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/fieldmap-token-test` });
    holder.database = await createTestDb();
    const [admin] = await db()
      .insert(admins)
      .values({ email: 'ada@example.com', name: 'Ada', passwordHash: 'not-used-here' })
      .returning();
    if (!admin) throw new Error('no admin');
    const now = Date.now();
    cookie = `fieldmap_session=${await sealSession({ adminId: admin.id, version: 1, issuedAt: now, seenAt: now })}`;
  });
  afterAll(async () => holder.database?.close());

  it('shows the secret once and stores only its hash', async () => {
    const { token, item } = await create('Nightly ERP load', ['import']);
    expect(token).toMatch(/^fmt_/);
    expect(item).toMatchObject({ name: 'Nightly ERP load', scopes: ['import'], status: 'active' });
    const stored = await db().select().from(apiTokens);
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));
    const listed = await (await listRoute(asBrowser('/api/api-tokens'), noParams)).json();
    expect(JSON.stringify(listed)).not.toContain(token.slice(4));
  });

  it('a script calls a route with the token, without cookie or Origin, and last use is recorded', async () => {
    const { token, item } = await create('CLI', ['read']);
    const response = await listImports(asScript(token, '/api/imports'), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { tokens } = (await (await listRoute(asBrowser('/api/api-tokens'), noParams)).json()) as {
      tokens: ApiTokenItem[];
    };
    const used = tokens.find((t) => t.id === item.id);
    expect(used?.lastUsedAt).not.toBeNull();
    expect(used?.lastUsedAddress).toBe('203.0.113.9');
  });

  it('a token without the scope gets 403 naming it; with it, the change is made and audited', async () => {
    const reader = await create('Reader', ['read']);
    const refused = await upload(reader.token);
    expect(refused.status).toBe(403);
    const { error } = await refused.json();
    expect(error.message).toContain('"import" scope');
    expect(error.details).toEqual({ scope: 'import' });

    const importer = await create('Importer', ['import']);
    const accepted = await upload(importer.token);
    expect(accepted.status).toBe(201);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, importer.item.id));
    expect(audit.map((event) => event.action)).toContain('api_token.used');
    expect(audit.find((event) => event.action === 'api_token.used')?.detail).toMatchObject({
      token: 'Importer',
      method: 'POST',
      path: '/api/uploads',
      status: 201,
    });
  });

  it('admin covers every scope, but never what only a person at a browser may do', async () => {
    const { token } = await create('Root', ['admin']);
    expect((await upload(token)).status).toBe(201);
    const body = JSON.stringify({ currentPassword: 'a-long-password-1', newPassword: 'another-long-pass-2' });
    const response = await changePassword(
      asScript(token, '/api/admins/me/password', { method: 'POST', body }),
      noParams,
    );
    expect(response.status).toBe(403);
  });

  it('a revoked token gets 401 saying it was revoked', async () => {
    const { token, item } = await create('Old laptop', ['read']);
    const revoked = await revokeRoute(asBrowser(`/api/api-tokens/${item.id}`, { method: 'DELETE' }), {
      params: Promise.resolve({ id: item.id }),
    });
    expect(revoked.status).toBe(204);
    const response = await listImports(asScript(token, '/api/imports'), noParams);
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toMatch(/"Old laptop" was revoked/);
  });

  it('an expired token gets 401 saying it expired; an unknown one 401 saying so', async () => {
    const { token, item } = await create('Short', ['read'], 1);
    await db()
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, item.id));
    const expired = await listImports(asScript(token, '/api/imports'), noParams);
    expect(expired.status).toBe(401);
    expect((await expired.json()).error.message).toMatch(/"Short" expired on/);
    const unknown = await listImports(asScript(`fmt_${'x'.repeat(43)}`, '/api/imports'), noParams);
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error.message).toMatch(/not known/);
  });

  it('a browser write without a token still needs our Origin', async () => {
    const request = new Request(`${ORIGIN}/api/uploads`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'a.csv', sizeBytes: 10 }),
    });
    expect((await startUpload(request, noParams)).status).toBe(403);
  });
});
