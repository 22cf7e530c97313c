import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DELETE, PATCH, PUT } from '@/app/api/mapping-templates/[id]/route';
import { GET, POST } from '@/app/api/mapping-templates/route';
import { sealSession } from '@/lib/auth/session-cookie';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import type { MappingTemplateItem } from './mapping-template-schemas';

const holder = vi.hoisted(() => ({ database: undefined as Database | undefined }));
vi.mock('@/lib/db/client', () => ({
  getDb: async () => {
    if (!holder.database) throw new Error('test database not open');
    return holder.database.db;
  },
}));

const ORIGIN = TEST_SECRETS.PUBLIC_BASE_URL;
let cookie = '';
const call = (path: string, method: string, json?: unknown) =>
  new Request(`${ORIGIN}${path}`, {
    method,
    headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

const template = {
  name: 'Webinar sign-ups',
  module: 'Leads',
  operation: 'upsert',
  findBy: 'Email',
  body: {
    headers: ['Surname', 'E-mail'],
    byHeader: {
      Surname: { kind: 'matched', apiName: 'Last_Name' },
      'E-mail': { kind: 'matched', apiName: 'Email' },
    },
    fieldDefaults: {},
    ignoreEmpty: true,
  },
};

describe('mapping templates through their routes', () => {
  beforeAll(async () => {
    useTestEnv(TEST_SECRETS);
    holder.database = await createTestDb();
    const [admin] = await holder.database.db
      .insert(admins)
      .values({ name: 'Ada', email: 'ada@example.com', passwordHash: 'x' })
      .returning();
    const now = Date.now();
    cookie = `fieldmap_session=${await sealSession({ adminId: admin?.id ?? '', version: 1, issuedAt: now, seenAt: now })}`;
  });
  afterAll(async () => holder.database?.close());

  it('saves, lists by module, versions, renames and deletes', async () => {
    const created = await POST(call('/api/mapping-templates', 'POST', template), noParams);
    expect(created.status).toBe(201);
    const { template: saved } = (await created.json()) as { template: MappingTemplateItem };

    const edited = { ...template, body: { ...template.body, ignoreEmpty: false } };
    const versioned = await PUT(call(`/api/mapping-templates/${saved.id}`, 'PUT', edited), withId(saved.id));
    expect(((await versioned.json()) as { template: MappingTemplateItem }).template.version).toBe(2);

    const renamed = await PATCH(
      call(`/api/mapping-templates/${saved.id}`, 'PATCH', { name: 'Webinars' }),
      withId(saved.id),
    );
    expect(renamed.status).toBe(204);
    const listed = await GET(call('/api/mapping-templates?module=Leads', 'GET'), noParams);
    const { templates } = (await listed.json()) as { templates: MappingTemplateItem[] };
    expect(templates.map((t) => [t.name, t.version, t.body.ignoreEmpty])).toEqual([['Webinars', 2, false]]);
    const contacts = await GET(call('/api/mapping-templates?module=Contacts', 'GET'), noParams);
    expect(((await contacts.json()) as { templates: unknown[] }).templates).toEqual([]);

    expect(
      (await DELETE(call(`/api/mapping-templates/${saved.id}`, 'DELETE'), withId(saved.id))).status,
    ).toBe(204);
    const gone = await PATCH(
      call(`/api/mapping-templates/${saved.id}`, 'PATCH', { name: 'x' }),
      withId(saved.id),
    );
    expect(gone.status).toBe(404);
  });

  it('rejects a nameless template with the field path, and anyone signed out', async () => {
    const invalid = await POST(call('/api/mapping-templates', 'POST', { ...template, name: ' ' }), noParams);
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(await invalid.json())).toContain('Give the mapping a name.');
    const signedOut = new Request(`${ORIGIN}/api/mapping-templates`, { headers: { origin: ORIGIN } });
    expect((await GET(signedOut, noParams)).status).toBe(401);
  });
});
