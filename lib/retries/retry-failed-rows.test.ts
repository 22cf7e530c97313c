import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import {
  type ImportHarness,
  LEADS_MAPPING,
  startImportHarness,
} from '@/lib/imports/test/import-test-harness';
import { createShareLink } from '@/lib/share-links/create-share-link';
import { getPublicJobView } from '@/lib/share-links/get-public-job-view';
import { createRetry } from './create-retry';
import { getRetrySummary } from './get-retry-summary';
import { listRetryRows } from './list-retry-rows';
import { createRetryBodySchema } from './retry-schemas';

// Rows 4 and 7 (records 5 and 8) have no Last Name: Zoho skips them with MANDATORY_NOT_FOUND.
const CSV = `Last Name,Company,Email
Hopper 1,Navy,retry1@example.com
Hopper 2,Navy,retry2@example.com
Hopper 3,Navy,retry3@example.com
,Navy,retry4@example.com
Hopper 5,Navy,retry5@example.com
Hopper 6,Navy,retry6@example.com
,Navy,retry7@example.com
`;

describe('retrying the rows not in the CRM', () => {
  let h: ImportHarness;
  let rootId = '';
  beforeAll(async () => {
    h = await startImportHarness();
    rootId = await h.create(await h.upload(CSV), LEADS_MAPPING);
    await h.run(rootId);
  }, 60_000);
  afterAll(() => h.close());

  const retry = (importId: string, body: unknown) =>
    createRetry({
      db: h.db,
      boss: h.boss,
      admin: { adminId: h.adminId },
      importId,
      body: createRetryBodySchema.parse(body),
      canReceiveCallbacks: () => false,
    });

  it('lists the failed rows with their original values and the column Zoho named', async () => {
    const view = await listRetryRows({ db: h.db, storage: h.storage, importId: rootId });
    expect(view.headers).toEqual(['Last Name', 'Company', 'Email']);
    expect(view.total).toBe(2);
    expect(
      view.rows.map((row) => [row.recordNumber, row.errorCode, row.errorField, row.errorColumnIndex]),
    ).toEqual([
      [5, 'MANDATORY_NOT_FOUND', 'Last_Name', 0],
      [8, 'MANDATORY_NOT_FOUND', 'Last_Name', 0],
    ]);
    expect(view.rows[0]?.values).toEqual(['', 'Navy', 'retry4@example.com']);
    expect(await getRetrySummary(h.db, rootId)).toMatchObject({
      rowsInFile: 7,
      inCrm: 5,
      notInCrm: 2,
      retries: [],
    });
  });

  it('a retry of one fixed row brings it into the CRM; counts add up across the import and its retries', async () => {
    const { id } = await retry(rootId, { records: [5], edits: { '5': { '0': 'Hopper 4' } } });
    await h.run(id);
    const stored = await h.records('Leads');
    expect(stored.find((record) => record.Email === 'retry4@example.com')?.Last_Name).toBe('Hopper 4');

    const summary = await getRetrySummary(h.db, id);
    expect(summary).toMatchObject({ rootId, rowsInFile: 7, inCrm: 6, notInCrm: 1 });
    expect(summary.retries.map((r) => [r.status, r.rowsSent])).toEqual([['completed', 1]]);
    expect(summary.retries[0]?.name).toMatch(/^Retry 1 of /);
    const left = await listRetryRows({ db: h.db, storage: h.storage, importId: id });
    expect(left.rows.map((row) => row.recordNumber)).toEqual([8]);

    const [event] = await listAuditEvents({ db: h.db, subjectKind: 'import', subjectId: rootId });
    expect(event).toMatchObject({ action: 'import.retried', adminName: 'Ops' });
    expect(JSON.stringify(event?.detail)).not.toContain('Hopper');
  });

  it('a second retry, started from the first retry, hangs off the first import too', async () => {
    const [first] = (await getRetrySummary(h.db, rootId)).retries;
    const { id } = await retry(first?.id ?? '', { records: [8], edits: { '8': { '0': 'Hopper 7' } } });
    await h.run(id);
    const summary = await getRetrySummary(h.db, rootId);
    expect(summary).toMatchObject({ inCrm: 7, notInCrm: 0 });
    expect(summary.retries.map((r) => r.name)).toEqual([
      expect.stringMatching(/^Retry 1 of /),
      expect.stringMatching(/^Retry 2 of /),
    ]);
    expect(() => createRetryBodySchema.parse({ records: [] })).toThrow('Choose at least one row');

    // The share page of the first import says where the file stands now.
    const link = await createShareLink({
      db: h.db,
      jobKind: 'import',
      jobId: rootId,
      displayName: 'Navy leads',
      expiry: '1d',
      admin: { adminId: h.adminId, name: 'Ops' },
    });
    const view = await getPublicJobView({ db: h.db, token: link.token });
    expect(view.kind === 'import' && view.cumulative).toEqual({ inCrm: 7, rowsInFile: 7, retries: 2 });
  });

  it('two Retry clicks at once start one retry; the other is told to wait for it', async () => {
    const raceId = await h.create(await h.upload(CSV.replaceAll('retry', 'race')), LEADS_MAPPING);
    await h.run(raceId);
    const results = await Promise.allSettled([
      retry(raceId, { records: [5], edits: { '5': { '0': 'Race 4' } } }),
      retry(raceId, { records: [5], edits: { '5': { '0': 'Race 4' } } }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((result) => result.status === 'rejected');
    expect(String(refused?.reason)).toMatch(/still running/);
    expect((await getRetrySummary(h.db, raceId)).retries).toHaveLength(1);
  });

  it('a retry sent again after it finished sends nothing and says so; rows already in the CRM are left out of a mixed one', async () => {
    const rootOf = await h.create(await h.upload(CSV.replaceAll('retry', 'again')), LEADS_MAPPING);
    await h.run(rootOf);
    const body = { records: [5], edits: { '5': { '0': 'Again 4' } } };
    const first = await retry(rootOf, body);
    await h.run(first.id);
    // The same request again (a stale tab, a second admin, a replayed POST).
    await expect(retry(rootOf, body)).rejects.toThrow(/Nothing was sent: that row is already in the CRM/);
    // Record 2 went in with the import, record 5 with the retry: only record 8 is sent.
    const mixed = await retry(rootOf, { records: [2, 5, 8], edits: { '8': { '0': 'Again 7' } } });
    expect(mixed.alreadyInCrm).toBe(2);
    await h.run(mixed.id);
    const emails = (await h.records('Leads'))
      .map((record) => String(record.Email))
      .filter((email) => email.startsWith('again'));
    expect(emails.sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `again${n}@example.com`));
    expect(await getRetrySummary(h.db, rootOf)).toMatchObject({ inCrm: 7, notInCrm: 0 });
  });
});
