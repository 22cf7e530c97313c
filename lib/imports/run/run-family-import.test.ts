import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import { importChunks, importRows, imports } from '@/lib/db/schema';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { toPublicImportView } from '@/lib/share-links/to-public-import-view';
import type { ChildFileBody } from '../create/import-schemas';
import {
  type ImportHarness,
  LEADS_WITH_REF_MAPPING,
  startImportHarness,
  VISITS_MAPPING,
} from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { controlImport } from './control-import';

const LINKS_MAPPING: MappingState = {
  columns: { 0: { kind: 'ignored' }, 1: { kind: 'matched', apiName: 'Products', findBy: 'Product_Code' } },
  fieldDefaults: {},
};

type Lead = {
  Last_Name: string;
  Email: string;
  Visits?: { Notes: string }[];
  Interested_Products?: { Products: { name: string } }[];
};

describe('a parent-child import (leads + subform visits + multi-select and multi-user lookup links) against the simulator', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 60_000);
  afterAll(() => h.close());

  const child = (uploadId: string, field: string, mapping: MappingState): ChildFileBody => ({
    uploadId,
    parseOptions: DEFAULT_PARSE_OPTIONS,
    field,
    keyColumn: 0,
    mapping,
  });

  it('sends each lead with all of its visits and links over several jobs; orphans and bad rows are accounted for', async () => {
    const leads = 250;
    const parent = ['Ref,Last Name,Company,Email'];
    // Lead i has i % 3 visits, in an order that scatters them over the visits file.
    const visits = ['Lead,Date,Notes'];
    const links = ['Lead,Product'];
    for (let i = 1; i <= leads; i += 1) parent.push(`R${i},Family ${i},Acme,family${i}@example.com`);
    for (let round = 0; round < 2; round += 1)
      for (let i = leads; i >= 1; i -= 1)
        if (i % 3 > round)
          visits.push(`R${i},2026-01-${String(1 + (i % 28)).padStart(2, '0')},visit ${round} of ${i}`);
    visits.push('R9999,2026-02-01,orphan');
    visits.push(',2026-02-01,no key');
    visits.push('R5,2026-02-31,bad date of 5');
    for (let i = 1; i <= leads; i += 1) links.push(`R${i},${i % 2 === 0 ? 'PRD-CLOUD' : 'PRD-MIGRATE'}`);

    const id = await h.create(
      await h.upload(`${parent.join('\n')}\n`, 'leads.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        parentKeyColumn: 0,
        children: [
          child(await h.upload(`${visits.join('\n')}\n`, 'visits.csv'), 'Visits', VISITS_MAPPING),
          child(await h.upload(`${links.join('\n')}\n`, 'links.csv'), 'Interested_Products', LINKS_MAPPING),
        ],
      },
    );
    await h.run(id);

    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(row?.statusMessage).toBeNull();
    expect(row?.status).toBe('completed');
    expect(row?.reconciled).toBe(true);
    expect(row?.counts).toMatchObject({ added: leads, skipped: 0, excluded: 0 });
    const files = await h.db
      .select()
      .from(imports)
      .where(eq(imports.familyParentId, id))
      .orderBy(asc(imports.familyPosition));
    const visitRows = visits.length - 1;
    expect(files.map((file) => [file.module, file.status, file.reconciled, file.rowsInFile])).toEqual([
      ['Visits', 'completed', true, visitRows],
      ['Leads_X_Products', 'completed', true, leads],
    ]);
    // Every visit but the orphan, the keyless row and the bad date goes in.
    expect(files[0]?.counts).toEqual({
      added: visitRows - 3,
      updated: 0,
      skipped: 1,
      failed: 0,
      unprocessed: 0,
      excluded: 2,
    });
    expect(files[1]?.counts).toMatchObject({ added: leads, skipped: 0, excluded: 0 });

    // Subform rows go at most 200 a job: the leads split over several jobs, each carrying its own leads' visits.
    const chunks = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => (chunk.childRecordNumbers?.[0]?.length ?? 0) <= 200)).toBe(true);

    const stored = (await h.records('Leads')) as Lead[];
    for (let i = 1; i <= leads; i += 1) {
      const lead = stored.find((record) => record.Email === `family${i}@example.com`);
      const expected = [0, 1].filter((round) => i % 3 > round).map((round) => `visit ${round} of ${i}`);
      expect(lead?.Visits?.map((visit) => visit.Notes).sort()).toEqual(expected);
      expect(lead?.Interested_Products?.map((link) => link.Products.name)).toEqual([
        i % 2 === 0 ? 'Fieldmap Cloud' : 'Migration Service',
      ]);
    }

    // The orphan and the keyless row were never sent; the bad date came back skipped, by record number.
    const visitOutcomes = await h.db
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, files[0]?.id ?? ''), eq(importRows.outcome, 'excluded')));
    expect(visitOutcomes.map((outcome) => outcome.recordNumber).sort()).toEqual([
      visits.length - 2,
      visits.length - 1,
    ]);
    expect(visitOutcomes[0]?.message).toMatch(/no row of the parent file/);
    const [skipped] = await h.db
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, files[0]?.id ?? ''), eq(importRows.outcome, 'skipped')));
    expect(skipped?.recordNumber).toBe(visits.length);
    expect(skipped?.errorCode).toBe('INVALID_DATA');

    // The import page says why, file by file.
    const view = await getImportStatusView(h.db, id);
    expect(
      view?.files.map((file) => [file.label, file.errors.map((group) => [group.code, group.count])]),
    ).toEqual([
      ['Leads', []],
      [
        'Visits (subform)',
        [
          ['NO_PARENT', 2],
          ['INVALID_DATA', 1],
        ],
      ],
      ['Interested Products (multi-select lookup)', []],
    ]);
  }, 120_000);

  it('links users to their leads through the multi-user lookup, found by email; an unknown user comes back skipped', async () => {
    const parent =
      'Ref,Last Name,Company,Email\nU1,Users One,Acme,users1@example.com\nU2,Users Two,Acme,users2@example.com\n';
    const assistants =
      'Lead,Assistant\nU1,ravi.kumar@sandbox.example.com\nU2,maria.garcia@sandbox.example.com\nU1,maria.garcia@sandbox.example.com\nU2,nobody@example.com\n';
    const assistantsMapping: MappingState = {
      columns: { 0: { kind: 'ignored' }, 1: { kind: 'matched', apiName: 'Users', findBy: 'email' } },
      fieldDefaults: {},
    };
    const id = await h.create(
      await h.upload(parent, 'users-leads.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        parentKeyColumn: 0,
        children: [child(await h.upload(assistants, 'assistants.csv'), 'Assistants', assistantsMapping)],
      },
    );
    await h.run(id);
    const [file] = await h.db.select().from(imports).where(eq(imports.familyParentId, id));
    expect([file?.module, file?.status, file?.reconciled]).toEqual(['Leads_X_Users', 'completed', true]);
    expect(file?.counts).toMatchObject({ added: 3, skipped: 1, excluded: 0 });
    const [skipped] = await h.db
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, file?.id ?? ''), eq(importRows.outcome, 'skipped')));
    expect([skipped?.recordNumber, skipped?.errorCode]).toEqual([5, 'INVALID_DATA']);

    const stored = (await h.records('Leads')) as (Lead & { Assistants?: { Users: { name: string } }[] })[];
    const assistantsOf = (email: string) =>
      stored.find((record) => record.Email === email)?.Assistants?.map((link) => link.Users.name);
    expect(assistantsOf('users1@example.com')).toEqual(['Ravi Kumar', 'Maria Garcia']);
    expect(assistantsOf('users2@example.com')).toEqual(['Maria Garcia']);
    const view = await getImportStatusView(h.db, id);
    expect(view?.files.map((entry) => entry.label)).toEqual(['Leads', 'Assistants (multi-user lookup)']);
  }, 60_000);

  it('keeps a parent the pre-flight excludes back with all of its children', async () => {
    const parent =
      'Ref,Last Name,Company,Email\nK1,Kept One,Acme,kept1@example.com\nK2,,Acme,kept2@example.com\n';
    const visits =
      'Lead,Date,Notes\nK1,2026-03-01,first of K1\nK2,2026-03-02,first of K2\nK2,2026-03-03,second of K2\n';
    const id = await h.create(
      await h.upload(parent, 'kept.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        exclusion: 'invalid',
        parentKeyColumn: 0,
        children: [child(await h.upload(visits, 'kept-visits.csv'), 'Visits', VISITS_MAPPING)],
      },
    );
    await h.run(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(row?.counts).toMatchObject({ added: 1, excluded: 1 });
    expect(row?.reconciled).toBe(true);
    const [visitFile] = await h.db.select().from(imports).where(eq(imports.familyParentId, id));
    expect(visitFile?.counts).toMatchObject({ added: 1, excluded: 2 });
    const withheld = await h.db
      .select()
      .from(importRows)
      .where(eq(importRows.importId, visitFile?.id ?? ''));
    expect(withheld.filter((r) => r.outcome === 'excluded').map((r) => r.message)).toEqual([
      expect.stringMatching(/parent row was kept back/),
      expect.stringMatching(/parent row was kept back/),
    ]);
  }, 60_000);

  it("cancelled mid-run: the unsent chunks' parent and child rows are unprocessed, and every file still adds up", async () => {
    h.context.concurrentJobs = 1;
    const parent = ['Ref,Last Name,Company,Email'];
    const visits = ['Lead,Date,Notes'];
    for (let i = 1; i <= 600; i += 1) {
      parent.push(`C${i},Cancel ${i},Acme,cancel${i}@example.com`);
      visits.push(`C${i},2026-04-01,only visit of ${i}`);
    }
    const id = await h.create(
      await h.upload(`${parent.join('\n')}\n`, 'cancel.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        parentKeyColumn: 0,
        children: [
          child(await h.upload(`${visits.join('\n')}\n`, 'cancel-visits.csv'), 'Visits', VISITS_MAPPING),
        ],
      },
    );
    const chunksDone = async () =>
      (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).filter(
        (chunk) => chunk.status === 'completed',
      ).length;
    await h.run(id, { until: async () => (await chunksDone()) >= 1 });
    await controlImport({ db: h.db, boss: h.boss, storage: h.storage, importId: id, action: 'cancel' });
    await h.run(id);
    h.context.concurrentJobs = 2;

    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    const [visitFile] = await h.db.select().from(imports).where(eq(imports.familyParentId, id));
    expect(row?.status).toBe('cancelled');
    expect([row?.reconciled, visitFile?.reconciled, visitFile?.status]).toEqual([true, true, 'cancelled']);
    // Each lead has exactly one visit, so both files end the same way, row for row.
    expect(row?.counts?.unprocessed).toBeGreaterThan(0);
    expect(visitFile?.counts).toEqual(row?.counts);
    expect((row?.counts?.added ?? 0) + (row?.counts?.unprocessed ?? 0)).toBe(600);
  }, 120_000);

  it('a test run sends the first leads with their visits; later leads’ visits wait, orphans are still kept back', async () => {
    const parent = ['Ref,Last Name,Company,Email'];
    for (let i = 1; i <= 6; i += 1) parent.push(`T${i},Tested ${i},Acme,tested${i}@example.com`);
    const visits =
      'Lead,Date,Notes\nT5,2026-03-01,later\nT1,2026-03-02,first of T1\nT9,2026-03-03,orphan\nT2,2026-03-04,first of T2\nT1,2026-03-05,second of T1\n';
    const id = await h.create(
      await h.upload(`${parent.join('\n')}\n`, 'tested.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        rowLimit: 2,
        parentKeyColumn: 0,
        children: [child(await h.upload(visits, 'tested-visits.csv'), 'Visits', VISITS_MAPPING)],
      },
    );
    await h.run(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    const [visitFile] = await h.db.select().from(imports).where(eq(imports.familyParentId, id));
    expect([row?.status, row?.reconciled, row?.rowsInFile, row?.counts?.added]).toEqual([
      'completed',
      true,
      2,
      2,
    ]);
    // The visits of T1 and T2 went with them; T5's waits for the full import; T9 names no lead at all.
    expect([visitFile?.status, visitFile?.reconciled, visitFile?.rowsInFile]).toEqual(['completed', true, 4]);
    expect(visitFile?.counts).toMatchObject({ added: 3, excluded: 1 });
    const stored = (await h.records('Leads')) as Lead[];
    const tested = stored.filter((lead) => lead.Email.startsWith('tested'));
    expect(tested.map((lead) => [lead.Email, lead.Visits?.map((visit) => visit.Notes).sort()])).toEqual(
      expect.arrayContaining([
        ['tested1@example.com', ['first of T1', 'second of T1']],
        ['tested2@example.com', ['first of T2']],
      ]),
    );
    expect(tested).toHaveLength(2);
    const view = await getImportStatusView(h.db, id);
    expect(view?.isTestRun).toBe(true);
    // The page says how many visits wait for the full import: T5's.
    expect(view?.files.map((file) => file.waitingForFullRun)).toEqual([undefined, 1]);
    // The share page says so too (a count, nothing else).
    const shared = view ? toPublicImportView(view, { displayName: 'Test' }, new Date()) : undefined;
    expect(shared?.files.map((file) => file.waitingForFullRun)).toEqual([undefined, 1]);
    expect((await getImportStatusView(h.db, visitFile?.id ?? ''))?.isTestRun).toBe(true);
  }, 60_000);

  it('refuses child files without a parent key column, or feeding a field that is not a subform or lookup', async () => {
    const uploadId = await h.upload('Ref,Last Name,Company,Email\nX1,X,Acme,x1@example.com\n');
    const visitsId = await h.upload('Lead,Date,Notes\nX1,2026-03-01,x\n');
    await expect(
      h.create(
        uploadId,
        LEADS_WITH_REF_MAPPING,
        {},
        { children: [child(visitsId, 'Visits', VISITS_MAPPING)] },
      ),
    ).rejects.toThrow(/parent key/);
    await expect(
      h.create(
        uploadId,
        LEADS_WITH_REF_MAPPING,
        {},
        { parentKeyColumn: 0, children: [child(visitsId, 'Company', VISITS_MAPPING)] },
      ),
    ).rejects.toThrow(/Company is not a subform, multi-select lookup or multi-user lookup of Leads/);
  });
});
