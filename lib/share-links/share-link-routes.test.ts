import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as shareData } from '@/app/api/s/[token]/route';
import { DELETE } from '@/app/api/share-links/[id]/route';
import { POST as createLink, GET as listLinks } from '@/app/api/share-links/route';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { listJobActivity } from '@/lib/audit/list-job-activity';
import { sealSession } from '@/lib/auth/session-cookie';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database } from '@/lib/db/client';
import { shareLinks } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { createShareLink } from './create-share-link';
import { SENTINELS, seedSentinelImport } from './sentinel-import-fixture';

const holder = vi.hoisted(() => ({ database: undefined as Database | undefined }));
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!holder.database) throw new Error('test database not open');
    return holder.database.db;
  },
}));

const ORIGIN = TEST_SECRETS.PUBLIC_BASE_URL;
let importId = '';
let adminId = '';
let cookie = '';

const db = () => {
  if (!holder.database) throw new Error('no db');
  return holder.database.db;
};
const admin = (path: string, init: RequestInit = {}) =>
  new Request(`${ORIGIN}${path}`, {
    ...init,
    headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
  });
const viewShare = (token: string) =>
  shareData(new Request(`${ORIGIN}/api/s/${token}`), { params: Promise.resolve({ token }) });

async function createVia(expiry: string): Promise<{ url: string; link: { id: string } }> {
  const body = JSON.stringify({ jobKind: 'import', jobId: importId, displayName: 'Spring contacts', expiry });
  const response = await createLink(admin('/api/share-links', { method: 'POST', body }), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe('share links through their routes', () => {
  beforeAll(async () => {
    useTestEnv(TEST_SECRETS);
    holder.database = await createTestDb();
    ({ importId, adminId } = await seedSentinelImport(db()));
    const now = Date.now();
    cookie = `fieldmap_session=${await sealSession({ adminId, version: 1, issuedAt: now, seenAt: now })}`;
  });
  afterAll(async () => holder.database?.close());

  it('an admin creates a link whose public data shows progress and no personal data', async () => {
    const { url } = await createVia('7d');
    const token = url.split('/s/')[1] ?? '';
    expect(url).toBe(`${ORIGIN}/s/${token}`);
    const stored = await db().select().from(shareLinks);
    expect(JSON.stringify(stored)).not.toContain(token);

    const response = await viewShare(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const text = await response.text();
    const view = JSON.parse(text);
    expect(view).toMatchObject({
      kind: 'import',
      displayName: 'Spring contacts',
      module: 'Contacts',
      operation: 'upsert',
      status: 'running',
      rowsInFile: 12,
      rowsDone: 4,
      counts: { added: 2, updated: 1, failed: 1 },
      errors: [{ code: 'DUPLICATE_DATA', column: 'Email', count: 1 }],
    });
    expect(view.chunks.map((chunk: { status: string }) => chunk.status)).toEqual([
      'completed',
      'in_zoho',
      'pending',
    ]);
    for (const sentinel of [...Object.values(SENTINELS), importId, adminId, 'PRIVATE', '@'])
      expect(text, sentinel).not.toContain(sentinel);
  });

  it('lists live links for the admin and forgets revoked ones; the revoked token answers 404', async () => {
    const { url, link } = await createVia('30d');
    const token = url.split('/s/')[1] ?? '';
    const list = async () => {
      const query = `?jobKind=import&jobId=${importId}`;
      const response = await listLinks(admin(`/api/share-links${query}`), { params: Promise.resolve({}) });
      return (await response.json()).links as { id: string; createdByName: string }[];
    };
    expect((await list()).map((item) => item.id)).toContain(link.id);
    expect((await list())[0]?.createdByName).toBe(SENTINELS.adminName);

    const revoked = await DELETE(admin(`/api/share-links/${link.id}`, { method: 'DELETE' }), {
      params: Promise.resolve({ id: link.id }),
    });
    expect(revoked.status).toBe(204);
    expect((await list()).map((item) => item.id)).not.toContain(link.id);
    expect((await viewShare(token)).status).toBe(404);

    const events = await listAuditEvents({ db: db(), subjectKind: 'share_link', subjectId: link.id });
    expect(events.map((event) => [event.action, event.adminName])).toEqual([
      ['share_link.revoked', SENTINELS.adminName],
      ['share_link.created', SENTINELS.adminName],
    ]);
    const activity = await listJobActivity({ db: db(), jobKind: 'import', jobId: importId });
    expect(activity.filter((event) => event.subjectId === link.id).map((event) => event.action)).toEqual([
      'share_link.revoked',
      'share_link.created',
    ]);
    expect(await listJobActivity({ db: db(), jobKind: 'export', jobId: importId })).toEqual([]);
  });

  it('answers unknown, malformed, revoked and expired tokens with the same 404', async () => {
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    const { token: expired } = await createShareLink({
      db: db(),
      jobKind: 'import',
      jobId: importId,
      displayName: 'Old',
      expiry: '1d',
      admin: { adminId, name: SENTINELS.adminName },
      now: old,
    });
    const { url, link } = await createVia('1d');
    await DELETE(admin(`/api/share-links/${link.id}`, { method: 'DELETE' }), {
      params: Promise.resolve({ id: link.id }),
    });
    const revoked = url.split('/s/')[1] ?? '';
    const unknown = 'A'.repeat(43);
    const answers = await Promise.all(
      [unknown, 'not-a-token', revoked, expired].map(async (token) => {
        const response = await viewShare(token);
        return { status: response.status, body: await response.text() };
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.status).toBe(404);
  });

  it('refuses a link to a job that does not exist, and any of it without a session', async () => {
    const body = JSON.stringify({
      jobKind: 'import',
      jobId: '00000000-0000-4000-8000-000000000000',
      displayName: 'Ghost',
    });
    const missing = await createLink(admin('/api/share-links', { method: 'POST', body }), {
      params: Promise.resolve({}),
    });
    expect(missing.status).toBe(404);
    const anonymous = await createLink(
      new Request(`${ORIGIN}/api/share-links`, { method: 'POST', headers: { origin: ORIGIN }, body }),
      { params: Promise.resolve({}) },
    );
    expect(anonymous.status).toBe(401);
    expect(await db().select().from(shareLinks).where(eq(shareLinks.displayName, 'Ghost'))).toEqual([]);
  });
});
