import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createAdmin } from '@/lib/auth/create-admin';
import { endAllSessions } from '@/lib/auth/end-all-sessions';
import { sealSession } from '@/lib/auth/session-cookie';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database } from '@/lib/db/client';
import { createTestDb } from '@/lib/db/test-db';
import { AppError } from './app-error';
import { route } from './route';

const holder = vi.hoisted(() => ({ database: undefined as Database | undefined }));
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!holder.database) throw new Error('test database not open');
    return holder.database.db;
  },
}));

const ORIGIN = 'http://localhost:3000';
const noParams = { params: Promise.resolve({}) };

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/things?limit=5`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

const echo = route(
  { auth: 'public', body: z.object({ name: z.string().min(2), tags: z.array(z.string()) }) },
  async ({ body }) => Response.json(body),
);

describe('route() wrapper', () => {
  beforeAll(async () => {
    useTestEnv(TEST_SECRETS);
    holder.database = await createTestDb();
  });
  afterAll(async () => holder.database?.close());
  beforeEach(() => useTestEnv(TEST_SECRETS));

  it('passes a same-origin write with a valid body to the handler', async () => {
    const response = await echo(post({ name: 'Ada', tags: ['x'] }), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: 'Ada', tags: ['x'] });
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('answers 403 to a write with %s', async (_, headers) => {
    const response = await echo(post({ name: 'Ada', tags: [] }, headers), noParams);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
  });

  it('answers 403 to a write without any Origin', async () => {
    const request = new Request(`${ORIGIN}/api/things`, { method: 'POST', body: '{}' });
    expect((await echo(request, noParams)).status).toBe(403);
  });

  it('answers 422 with the field paths of every invalid input', async () => {
    const response = await echo(post({ name: 'A', tags: [1] }), noParams);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe('validation');
    expect(error.details.fields).toEqual([
      { path: ['name'], message: expect.any(String) },
      { path: ['tags', '0'], message: expect.any(String) },
    ]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const request = new Request(`${ORIGIN}/api/things`, {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: '{oops',
    });
    expect((await echo(request, noParams)).status).toBe(400);
  });

  it('answers 413 to a JSON body over 1 MiB', async () => {
    const response = await echo(post({ name: 'x'.repeat(1024 * 1024), tags: [] }), noParams);
    expect(response.status).toBe(413);
  });

  it('parses query and path params with their schemas', async () => {
    const handler = route(
      { auth: 'public', query: z.object({ limit: z.coerce.number() }), params: z.object({ id: z.uuid() }) },
      async ({ query, params }) => Response.json({ limit: query.limit, id: params.id }),
    );
    const id = crypto.randomUUID();
    const ok = await handler(new Request(`${ORIGIN}/x?limit=5`), { params: Promise.resolve({ id }) });
    expect(await ok.json()).toEqual({ limit: 5, id });
    const bad = await handler(new Request(`${ORIGIN}/x?limit=5`), {
      params: Promise.resolve({ id: 'nope' }),
    });
    expect(bad.status).toBe(422);
  });

  it('maps AppError codes to statuses and hides unexpected errors', async () => {
    const conflict = route({ auth: 'public' }, async () => {
      throw new AppError('conflict', 'Already there.');
    });
    const crash = route({ auth: 'public' }, async () => {
      throw new Error('secret internals');
    });
    const conflictResponse = await conflict(new Request(ORIGIN), noParams);
    expect(conflictResponse.status).toBe(409);
    expect(await conflictResponse.json()).toEqual({ error: { code: 'conflict', message: 'Already there.' } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const crashResponse = await crash(new Request(ORIGIN), noParams);
    expect(crashResponse.status).toBe(500);
    expect(await crashResponse.text()).not.toContain('secret internals');
  });

  describe('with auth: admin', () => {
    const whoAmI = route({ auth: 'admin' }, async ({ session }) => Response.json({ email: session.email }));

    it('answers 401 without a session cookie', async () => {
      const response = await whoAmI(new Request(`${ORIGIN}/api/me`), noParams);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    });

    it('gives the handler the admin, marks the answer no-store, and stops after "log out everywhere"', async () => {
      const db = holder.database?.db;
      if (!db) throw new Error('no db');
      const admin = await createAdmin({
        db,
        email: 'Route@Example.com',
        name: 'Route',
        password: 'long enough password',
      });
      const now = Date.now();
      const sealed = await sealSession({
        adminId: admin.id,
        version: admin.sessionVersion,
        issuedAt: now,
        seenAt: now,
      });
      const request = () =>
        new Request(`${ORIGIN}/api/me`, { headers: { cookie: `fieldmap_session=${sealed}` } });

      const response = await whoAmI(request(), noParams);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ email: 'route@example.com' });
      expect(response.headers.get('cache-control')).toBe('no-store');

      await endAllSessions({ db, adminId: admin.id });
      expect((await whoAmI(request(), noParams)).status).toBe(401);
    });
  });
});
