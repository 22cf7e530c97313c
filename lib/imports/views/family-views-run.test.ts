import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import { importChunks } from '@/lib/db/schema';
import { rowsDone, sumCounts } from '../collect/outcome-counts';
import {
  type ImportHarness,
  LEADS_WITH_REF_MAPPING,
  startImportHarness,
  VISITS_MAPPING,
} from '../test/import-test-harness';
import { getImportAdminView } from './import-admin-view';

describe('the import page of a parent-child import run against the simulator', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 60_000);
  afterAll(() => h.close());

  it('counts each file by the chunks closed so far, then by its own final counts', async () => {
    const leads = ['Ref,Last Name,Company,Email'];
    const visits = ['Lead,Date,Notes'];
    for (let i = 1; i <= 400; i += 1) {
      leads.push(`R${i},Family ${i},Acme,view${i}@example.com`);
      visits.push(`R${i},2026-01-05,a of ${i}`, `R${i},2026-01-06,b of ${i}`);
    }
    visits.push('R9999,2026-01-07,orphan');
    const links = ['Lead,Product'];
    for (let i = 1; i <= 400; i += 1) links.push(`R${i},${i % 2 === 0 ? 'PRD-CLOUD' : 'PRD-MIGRATE'}`);
    const id = await h.create(
      await h.upload(`${leads.join('\n')}\n`, 'leads.csv'),
      LEADS_WITH_REF_MAPPING,
      {},
      {
        parentKeyColumn: 0,
        children: [
          {
            uploadId: await h.upload(`${visits.join('\n')}\n`, 'visits.csv'),
            parseOptions: DEFAULT_PARSE_OPTIONS,
            field: 'Visits',
            keyColumn: 0,
            mapping: VISITS_MAPPING,
          },
          {
            uploadId: await h.upload(`${links.join('\n')}\n`, 'links.csv'),
            parseOptions: DEFAULT_PARSE_OPTIONS,
            field: 'Interested_Products',
            keyColumn: 0,
            mapping: {
              columns: {
                0: { kind: 'ignored' },
                1: { kind: 'matched', apiName: 'Products', findBy: 'Product_Code' },
              },
              fieldDefaults: {},
            },
          },
        ],
      },
    );
    const closedChunks = async () =>
      (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).filter(
        (chunk) => chunk.status === 'completed',
      );
    // A slow Zoho, so some jobs are seen half done: their progress is the parent file's, not all files' rows.
    const speed = (rowsPerSecond: number) =>
      h.simControl('settings', { method: 'POST', body: JSON.stringify({ rowsPerSecond }) });
    await speed(40);
    const halfDone = async () =>
      (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).some(
        (chunk) => chunk.status === 'in_zoho' && chunk.counts !== null && rowsDone(chunk.counts) > 0,
      );
    await h.run(id, { until: halfDone });
    for (const chunk of await h.db.select().from(importChunks).where(eq(importChunks.importId, id)))
      expect(rowsDone(chunk.counts ?? sumCounts([]))).toBeLessThanOrEqual(chunk.rowCount);
    // Zoho works on the visits of a running job: the Visits card moves before the job is collected.
    const visitsMoving = async () =>
      (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).some(
        (chunk) => chunk.status === 'in_zoho' && rowsDone(chunk.childCounts?.[0] ?? sumCounts([])) > 0,
      );
    await h.run(id, { until: visitsMoving });
    const midway = await getImportAdminView(h.db, id);
    const visitsOfClosed = (await closedChunks()).reduce(
      (sum, chunk) => sum + (chunk.childRecordNumbers?.[0]?.length ?? 0),
      0,
    );
    expect(midway.files[1]?.rowsDone).toBeGreaterThan(visitsOfClosed + 1);
    await speed(50_000);
    await h.run(id, { until: async () => (await closedChunks()).length > 0 });

    const closed = await closedChunks();
    const running = await getImportAdminView(h.db, id);
    const inZoho = running.chunks.filter((chunk) => chunk.status !== 'completed');
    const [parent, child] = running.files;
    expect(running.status).not.toBe('completed');
    expect(running.chunks.length).toBeGreaterThan(closed.length);
    expect(parent?.counts).toEqual(sumCounts([...closed, ...inZoho].map((chunk) => chunk.counts)));
    expect(parent?.rowsDone).toBeLessThanOrEqual(400);
    // A child file counts its rows of closed chunks and what Zoho reports of it in the chunks still running.
    const chunksNow = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    const visitsReported = sumCounts(chunksNow.map((chunk) => chunk.childCounts?.[0]));
    expect(child?.counts).toEqual({ ...visitsReported, excluded: visitsReported.excluded + 1 });
    const visitsSent = closed.reduce((sum, chunk) => sum + (chunk.childRecordNumbers?.[0]?.length ?? 0), 0);
    expect(child?.rowsDone).toBeGreaterThanOrEqual(visitsSent + 1);
    for (const chunk of chunksNow)
      expect(rowsDone(chunk.childCounts?.[0] ?? sumCounts([]))).toBeLessThanOrEqual(
        chunk.childRecordNumbers?.[0]?.length ?? 0,
      );
    const childPage = await getImportAdminView(h.db, child?.importId ?? '');
    expect(childPage.counts).toEqual(child?.counts);

    await h.run(id);
    const done = await getImportAdminView(h.db, id);
    expect(done.status).toBe('completed');
    expect(done.files.map((file) => [file.label, file.rowsDone, file.rowsInFile, file.reconciled])).toEqual([
      ['Leads', 400, 400, true],
      ['Visits (subform)', 801, 801, true],
      ['Interested Products (multi-select lookup)', 400, 400, true],
    ]);
    expect(done.files[1]?.counts).toMatchObject({ added: 800, excluded: 1 });
  });
});
