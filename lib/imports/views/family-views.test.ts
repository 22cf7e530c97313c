import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database, Db } from '@/lib/db/client';
import { admins, importChunks, importRows, imports, type OutcomeCounts } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { createShareLink } from '@/lib/share-links/create-share-link';
import { getPublicJobView } from '@/lib/share-links/get-public-job-view';
import { ZERO_COUNTS } from '../collect/outcome-counts';
import { getImportAdminView } from './import-admin-view';
import { getImportStatusView } from './import-status-view';
import { listImports } from './list-imports';

const counts = (partial: Partial<OutcomeCounts>): OutcomeCounts => ({ ...ZERO_COUNTS, ...partial });

const PRIVATE = {
  parentName: 'Acme leads PRIVATENAME',
  parentFile: 'leads-PRIVATEFILE.csv',
  visitsFile: 'visits-PRIVATEFILE.csv',
  productsFile: 'products-PRIVATEFILE.csv',
  message: 'Visit row names lead PRIVATEKEY that is not in the parent file',
};

const base = {
  operation: 'insert' as const,
  apiVersion: 'v8',
  settings: {},
  mapping: {},
  parseOptions: {},
  status: 'running' as const,
};

/** A Leads file with a Visits subform file and an Interested_Products link file, halfway through. */
async function seedRunningFamily(db: Db) {
  const [parent] = await db
    .insert(imports)
    .values({
      ...base,
      name: PRIVATE.parentName,
      module: 'Leads',
      fileName: PRIVATE.parentFile,
      rowsInFile: 8,
    })
    .returning();
  if (!parent) throw new Error('no parent');
  const child = (position: number, module: string, fileName: string, rowsInFile: number) => ({
    ...base,
    name: `${module} of ${PRIVATE.parentName}`,
    module,
    fileName,
    rowsInFile,
    familyParentId: parent.id,
    familyPosition: position,
  });
  const [products, visits] = await db
    .insert(imports)
    .values([
      {
        ...child(2, 'Leads_X_Products', PRIVATE.productsFile, 5),
        familyRelation: {
          kind: 'multiselectlookup',
          field: 'Interested_Products',
          label: 'Interested Products',
          parentField: 'Leads',
        },
      },
      {
        ...child(1, 'Visits', PRIVATE.visitsFile, 7),
        familyRelation: { kind: 'subform', field: 'Visits', label: 'Visits', parentField: 'Parent_Id' },
      },
    ])
    .returning();
  if (!visits || !products) throw new Error('no children');
  const chunk = (index: number) => ({
    importId: parent.id,
    index,
    rowCount: 4,
    firstRecord: 2 + index * 4,
    lastRecord: 5 + index * 4,
    recordNumbers: [2, 3, 4, 5].map((n) => n + index * 4),
    zipKey: `imports/${parent.id}/${index}.zip`,
    zipBytes: 100,
  });
  await db.insert(importChunks).values([
    {
      ...chunk(0),
      status: 'completed',
      counts: counts({ added: 3, failed: 1 }),
      childRecordNumbers: [
        [4, 2, 3],
        [2, 3],
      ],
      childCounts: [counts({ added: 2, failed: 1 }), counts({ added: 2 })],
    },
    {
      ...chunk(1),
      status: 'in_zoho',
      childRecordNumbers: [
        [5, 6],
        [6, 4, 5],
      ],
    },
  ]);
  // Kept back at prepare (no chunk): a visit naming no lead in the parent file. A row a closed chunk holds is
  // already in that chunk's counts, whatever its outcome.
  await db.insert(importRows).values([
    { importId: visits.id, recordNumber: 8, outcome: 'excluded', message: PRIVATE.message },
    { importId: products.id, recordNumber: 2, chunkIndex: 0, outcome: 'excluded', message: 'in chunk 1' },
    {
      importId: visits.id,
      recordNumber: 3,
      chunkIndex: 0,
      outcome: 'failed',
      errorCode: 'INVALID_DATA',
      errorColumn: 'Visit_Date',
      message: PRIVATE.message,
    },
  ]);
  return { parent, visits, products };
}

describe('views of a parent-child import', () => {
  let database: Database;
  let family: Awaited<ReturnType<typeof seedRunningFamily>>;
  beforeAll(async () => {
    useTestEnv(TEST_SECRETS);
    database = await createTestDb();
    family = await seedRunningFamily(database.db);
  });
  afterAll(() => database.close());

  it('while it runs, show each file side by side: its share of the closed chunks plus its rows kept back', async () => {
    const view = await getImportStatusView(database.db, family.parent.id);
    expect(view?.counts).toEqual(counts({ added: 3, failed: 1 }));
    expect(view?.files.map((file) => file.errors.map((group) => [group.code, group.count]))).toEqual([
      [],
      [['INVALID_DATA', 1]],
      [],
    ]);
    expect(view?.files.map(({ errors: _, ...file }) => file)).toEqual([
      {
        role: 'parent',
        module: 'Leads',
        label: 'Leads',
        rowsInFile: 8,
        counts: counts({ added: 3, failed: 1 }),
        rowsDone: 4,
        reconciled: null,
      },
      {
        role: 'child',
        module: 'Visits',
        label: 'Visits (subform)',
        rowsInFile: 7,
        counts: counts({ added: 2, failed: 1, excluded: 1 }),
        rowsDone: 4,
        reconciled: null,
      },
      {
        role: 'child',
        module: 'Leads_X_Products',
        label: 'Interested Products (multi-select lookup)',
        rowsInFile: 5,
        counts: counts({ added: 2 }),
        rowsDone: 2,
        reconciled: null,
      },
    ]);
  });

  it("give the admin each file's own id and name, and a child file's page its share of the batches", async () => {
    const admin = await getImportAdminView(database.db, family.parent.id);
    expect(admin.familyParent).toBeNull();
    expect(admin.files.map((file) => [file.importId, file.fileName])).toEqual([
      [family.parent.id, PRIVATE.parentFile],
      [family.visits.id, PRIVATE.visitsFile],
      [family.products.id, PRIVATE.productsFile],
    ]);
    const child = await getImportAdminView(database.db, family.visits.id);
    expect(child.familyParent).toEqual({ id: family.parent.id, name: PRIVATE.parentName });
    expect(child.files).toEqual([]);
    expect(child.counts).toEqual(counts({ added: 2, failed: 1, excluded: 1 }));
    const batches = (view: typeof child) =>
      view.chunks.map((chunk) => [
        chunk.index,
        chunk.rowCount,
        chunk.firstRecord,
        chunk.lastRecord,
        chunk.status,
        chunk.counts,
      ]);
    expect(batches(child)).toEqual([
      [0, 3, 2, 4, 'completed', counts({ added: 2, failed: 1 })],
      [1, 2, 5, 6, 'in_zoho', null],
    ]);
    expect(batches(await getImportAdminView(database.db, family.products.id))).toEqual([
      [0, 2, 2, 3, 'completed', counts({ added: 2 })],
      [1, 3, 4, 6, 'in_zoho', null],
    ]);
    expect(child.errors).toEqual([
      { code: 'INVALID_DATA', column: 'Visit_Date', message: PRIVATE.message, count: 1 },
    ]);
  });

  it('share the files by label and counts only: no ids, file names, import names or row messages', async () => {
    const [admin] = await database.db
      .insert(admins)
      .values({ name: 'Ops', email: 'ops@example.com', passwordHash: 'x' })
      .returning();
    if (!admin) throw new Error('no admin');
    const { token } = await createShareLink({
      db: database.db,
      jobKind: 'import',
      jobId: family.parent.id,
      displayName: 'Spring leads',
      expiry: 'never',
      admin: { adminId: admin.id, name: admin.name },
    });
    const view = await getPublicJobView({ db: database.db, token });
    if (view.kind !== 'import') throw new Error('not an import');
    expect(view.files.map((file) => [file.role, file.label, file.rowsDone])).toEqual([
      ['parent', 'Leads', 4],
      ['child', 'Visits (subform)', 4],
      ['child', 'Interested Products (multi-select lookup)', 2],
    ]);
    const text = JSON.stringify(view);
    // A child file alone is not shared: its parent's page shows every file.
    await expect(
      createShareLink({
        db: database.db,
        jobKind: 'import',
        jobId: family.visits.id,
        displayName: 'Just visits',
        expiry: 'never',
        admin: { adminId: admin.id, name: admin.name },
      }),
    ).rejects.toThrow(/share the parent import/);
    for (const secret of [
      family.parent.id,
      family.visits.id,
      family.products.id,
      'PRIVATE',
      'importId',
      'fileName',
    ])
      expect(text).not.toContain(secret);
  });

  it('once finished, show each child file its own final counts', async () => {
    const { db } = database;
    const finished = { status: 'completed' as const, reconciled: true, finishedAt: new Date() };
    await db
      .update(imports)
      .set({ ...finished, counts: counts({ added: 7, failed: 1 }) })
      .where(eq(imports.id, family.parent.id));
    await db
      .update(imports)
      .set({ ...finished, counts: counts({ added: 5, failed: 1, excluded: 1 }) })
      .where(eq(imports.id, family.visits.id));
    await db
      .update(imports)
      .set({ ...finished, counts: counts({ added: 5 }) })
      .where(eq(imports.id, family.products.id));
    const view = await getImportStatusView(db, family.parent.id);
    expect(view?.files.map((file) => [file.label, file.counts, file.rowsDone, file.reconciled])).toEqual([
      ['Leads', counts({ added: 7, failed: 1 }), 8, true],
      ['Visits (subform)', counts({ added: 5, failed: 1, excluded: 1 }), 7, true],
      ['Interested Products (multi-select lookup)', counts({ added: 5 }), 5, true],
    ]);
    expect((await getImportStatusView(db, family.visits.id))?.counts).toEqual(
      counts({ added: 5, failed: 1, excluded: 1 }),
    );
  });

  it('list the parent as one job with its child files, never a child file as a job of its own', async () => {
    const [single] = await database.db
      .insert(imports)
      .values({ ...base, name: 'One file', module: 'Contacts', fileName: 'contacts.csv' })
      .returning();
    const listed = await listImports(database.db);
    expect(listed.map((item) => [item.id, item.childFiles])).toEqual([
      [single?.id, 0],
      [family.parent.id, 2],
    ]);
    expect(await listImports(database.db, { module: 'Visits' })).toEqual([]);
    expect((await getImportStatusView(database.db, single?.id ?? ''))?.files).toEqual([]);
  });
});
