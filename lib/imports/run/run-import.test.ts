import { and, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks, importRows, imports } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView, rowsDone } from '../views/import-status-view';
import { streamResultsCsv } from '../views/stream-results-csv';

function leadsCsv(rows: number, options: { blankLastNameEvery?: number; tag?: string } = {}): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1) {
    const isBlank = options.blankLastNameEvery !== undefined && i % options.blankLastNameEvery === 0;
    lines.push(
      `${isBlank ? '' : `Lovelace ${i}`},"Analytical, Inc.",${options.tag ?? 'lead'}${i}@example.com`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('running an import against the simulator', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 60_000);
  afterAll(() => h.close());

  it('splits 60,000 rows into three Zoho jobs, stores every record and accounts for every row', async () => {
    const before = (await h.records('Leads')).length;
    const uploadId = await h.upload(leadsCsv(60_000, { blankLastNameEvery: 5_000, tag: 'big' }));
    const id = await h.create(uploadId, LEADS_MAPPING);
    await h.run(id);

    const view = await getImportStatusView(h.db, id);
    expect(view?.status).toBe('completed');
    expect(view?.reconciled).toBe(true);
    expect(view?.chunks.map((chunk) => chunk.rowCount)).toEqual([25_000, 25_000, 10_000]);
    expect(view?.counts).toEqual({
      added: 59_988,
      updated: 0,
      skipped: 12,
      failed: 0,
      unprocessed: 0,
      excluded: 0,
    });
    expect(
      rowsDone(view?.counts ?? { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: 0, excluded: 0 }),
    ).toBe(60_000);

    const stored = await h.records('Leads');
    expect(stored.length - before).toBe(59_988);
    expect(stored.filter((record) => String(record.Email).startsWith('big')).length).toBe(59_988);
    const chunks = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(new Set(chunks.map((chunk) => chunk.zohoJobId)).size).toBe(3);

    // The pre-flight predicted exactly the rows Zoho skipped.
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    const preflight = row?.preflight as { rowsToSkip: number; reasons: { examples: number[] }[] };
    const skipped = await h.db
      .select({ recordNumber: importRows.recordNumber, errorCode: importRows.errorCode })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.outcome, 'skipped')));
    expect(preflight.rowsToSkip).toBe(skipped.length);
    expect(skipped.map((r) => r.recordNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i + 1) * 5_000 + 1),
    );
    expect(new Set(skipped.map((r) => r.errorCode))).toEqual(new Set(['MANDATORY_NOT_FOUND']));
  }, 120_000);

  it('the pre-flight predicts exactly which rows Zoho skips: empty mandatory, bad date, bad number, in-file duplicate', async () => {
    const rows = [
      'Last Name,Company,Email,Preferred Contact Date,No. of Employees,First Name',
      'Ok One,Acme,p1@example.com,2025-01-31,12,Ada',
      ',Acme,p2@example.com,2025-01-31,12,Ada',
      'Bad Date,Acme,p3@example.com,2025-13-45,12,Ada',
      'Bad Number,Acme,p4@example.com,2025-01-31,twelve,Ada',
      'Dup One,Acme,dup@example.com,,,Ada',
      'Dup Two,Acme,dup@example.com,,,Ada',
      `Long Name,Acme,p7@example.com,,,${'x'.repeat(41)}`,
      'Ok Two,Acme,p8@example.com,2025-02-01,3,Grace',
    ];
    const mapping: typeof LEADS_MAPPING = {
      columns: {
        ...LEADS_MAPPING.columns,
        3: { kind: 'matched', apiName: 'Preferred_Contact_Date', format: 'yyyy-MM-dd' },
        4: { kind: 'matched', apiName: 'No_of_Employees' },
        5: { kind: 'matched', apiName: 'First_Name' },
      },
      fieldDefaults: LEADS_MAPPING.fieldDefaults,
    };
    const id = await h.create(await h.upload(`${rows.join('\n')}\n`, 'predict.csv'), mapping);
    await h.run(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    const preflight = row?.preflight as { reasons: { severity: string; examples: number[] }[] };
    const predicted = new Set(
      preflight.reasons.filter((reason) => reason.severity === 'skip').flatMap((reason) => reason.examples),
    );
    const skipped = await h.db
      .select({ recordNumber: importRows.recordNumber })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.outcome, 'skipped')));
    expect([...predicted].sort((a, b) => a - b)).toEqual(
      skipped.map((r) => r.recordNumber).sort((a, b) => a - b),
    );
    expect(predicted.size).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it("sends datetimes written without an offset in the job's time zone", async () => {
    const csv =
      'Last Name,Company,Email,Last Webinar\nTz One,Acme,tz1@example.com,2025-03-01 09:30:00\nTz Two,Acme,tz2@example.com,2025-07-01 09:30:00\n';
    const mapping: typeof LEADS_MAPPING = {
      columns: {
        ...LEADS_MAPPING.columns,
        3: { kind: 'matched', apiName: 'Last_Webinar', format: 'yyyy-MM-dd HH:mm:ss' },
      },
      fieldDefaults: LEADS_MAPPING.fieldDefaults,
    };
    const id = await h.create(await h.upload(csv, 'tz.csv'), mapping, { timeZone: 'Europe/Paris' });
    await h.run(id);
    const stored = (await h.records('Leads')).filter((record) => String(record.Email).startsWith('tz'));
    // The demo org answers in America/Los_Angeles: 09:30 in Paris is 00:30 there in both seasons.
    expect(stored.map((record) => record.Last_Webinar).sort()).toEqual([
      '2025-03-01T00:30:00-08:00',
      '2025-07-01T00:30:00-07:00',
    ]);
  }, 60_000);

  it('keeps back the rows the pre-flight finds invalid when asked, and counts them as excluded', async () => {
    const uploadId = await h.upload(leadsCsv(40, { blankLastNameEvery: 10, tag: 'excl' }));
    const id = await h.create(uploadId, LEADS_MAPPING, {}, { exclusion: 'invalid' });
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view?.counts).toEqual({
      added: 36,
      updated: 0,
      skipped: 0,
      failed: 0,
      unprocessed: 0,
      excluded: 4,
    });
    expect(view?.reconciled).toBe(true);
  }, 60_000);

  it('hands out a failed-rows CSV with the original values, the reason, and formula cells neutralised', async () => {
    const csv =
      'Last Name,Company,Email\nAda,=HYPERLINK("x"),ok1@example.com\n,-5,bad@example.com\n,"=1+2",bad2@example.com\n';
    const id = await h.create(await h.upload(csv, 'mixed.csv'), LEADS_MAPPING);
    await h.run(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    if (!row) throw new Error('missing import');
    let text = '';
    for await (const part of streamResultsCsv({ db: h.db, storage: h.storage, row, onlyNotInCrm: true }))
      text += part;
    const lines = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(lines[0]).toEqual([
      'Last Name',
      'Company',
      'Email',
      'Fieldmap row',
      'Outcome',
      'Zoho record id',
      'Error code',
      'Error column',
      'Message',
    ]);
    expect(lines.slice(1).map((line) => [line[1], line[3], line[4], line[6]])).toEqual([
      ['-5', '3', 'skipped', 'MANDATORY_NOT_FOUND'],
      ["'=1+2", '4', 'skipped', 'MANDATORY_NOT_FOUND'],
    ]);
  }, 60_000);

  it('keeps back in-file duplicates found on disk (insert, one unique field) before sending anything', async () => {
    const csv = [
      'Last Name,Company,Email',
      'First,Acme,same@example.com',
      ',Acme,other@example.com',
      'Second,Acme,SAME@example.com',
      'Third,Acme,third@example.com',
      'Fourth,Acme,other@example.com',
    ].join('\n');
    const id = await h.create(
      await h.upload(`${csv}\n`, 'dups.csv'),
      LEADS_MAPPING,
      {},
      { exclusion: 'invalid' },
    );
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    // Row 3 (empty Last Name) never holds other@…, so row 6 is not a duplicate; row 4 repeats row 2's e-mail.
    expect(view?.counts).toMatchObject({ added: 3, skipped: 0, excluded: 2 });
    const excluded = await h.db
      .select({ recordNumber: importRows.recordNumber })
      .from(importRows)
      .where(and(eq(importRows.importId, id), eq(importRows.outcome, 'excluded')));
    expect(excluded.map((r) => r.recordNumber).sort()).toEqual([3, 4]);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(JSON.stringify(row?.preflight)).toContain('duplicate_in_file');
  }, 60_000);

  it('a test run sends only the first N rows', async () => {
    const uploadId = await h.upload(leadsCsv(50, { tag: 'trial' }));
    const id = await h.create(uploadId, LEADS_MAPPING, {}, { rowLimit: 10 });
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ rowsInFile: 10, isTestRun: true, status: 'completed' });
    expect(view?.counts.added).toBe(10);
  }, 60_000);
});
