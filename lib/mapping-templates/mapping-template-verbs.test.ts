import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { createMappingTemplate } from './create-mapping-template';
import { deleteMappingTemplate } from './delete-mapping-template';
import { listMappingTemplates } from './list-mapping-templates';
import type { SaveTemplateInput } from './mapping-template-schemas';
import { renameMappingTemplate } from './rename-mapping-template';
import { updateMappingTemplate } from './update-mapping-template';

const input = (name: string, module = 'Leads'): SaveTemplateInput => ({
  name,
  module,
  operation: 'insert',
  body: {
    headers: ['Surname'],
    byHeader: { Surname: { kind: 'matched', apiName: 'Last_Name' } },
    fieldDefaults: {},
    ignoreEmpty: false,
  },
});

describe('mapping template verbs', () => {
  let database: Database;
  let admin: { adminId: string; name: string };
  beforeAll(async () => {
    database = await createTestDb();
    const [row] = await database.db
      .insert(admins)
      .values({ name: 'Ada', email: 'ada@example.com', passwordHash: 'x' })
      .returning();
    admin = { adminId: row?.id ?? '', name: 'Ada' };
  });
  afterAll(async () => database.close());

  it('saves, versions on edit, renames, lists by module and soft-deletes', async () => {
    const { db } = database;
    const created = await createMappingTemplate({ db, input: input('Webinar leads'), admin });
    await createMappingTemplate({ db, input: input('Contacts from fairs', 'Contacts'), admin });
    expect(created).toMatchObject({ version: 1, name: 'Webinar leads', createdByName: 'Ada' });

    const edited = input('Webinar leads');
    edited.body.byHeader.Surname = { kind: 'ignored' };
    const second = await updateMappingTemplate({ db, id: created.id, input: edited, admin });
    expect(second).toMatchObject({ familyId: created.familyId, version: 2 });

    await renameMappingTemplate({ db, id: created.id, name: 'Webinar sign-ups' });
    const leads = await listMappingTemplates({ db, module: 'Leads' });
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ id: second.id, version: 2, name: 'Webinar sign-ups' });
    expect(leads[0]?.body.byHeader.Surname).toEqual({ kind: 'ignored' });
    expect(await listMappingTemplates({ db })).toHaveLength(2);

    await deleteMappingTemplate({ db, id: second.id });
    expect(await listMappingTemplates({ db, module: 'Leads' })).toEqual([]);
    await expect(renameMappingTemplate({ db, id: created.id, name: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
