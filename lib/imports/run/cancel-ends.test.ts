import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { advanceImport } from './advance-import';
import { controlImport } from './control-import';

/** A cancel always ends: every chunk reaches an end state, and until then the page says what it waits for. */
describe('cancelling an import', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 180_000);
  afterAll(() => h.close());

  const chunksOf = (id: string) =>
    h.db.select().from(importChunks).where(eq(importChunks.importId, id)).orderBy(importChunks.index);
  const control = (
    importId: string,
    action: 'cancel' | 'check_chunk' | 'mark_chunk_not_sent',
    chunkIndex?: number,
  ) => controlImport({ db: h.db, boss: h.boss, storage: h.storage, importId, action, chunkIndex });
  const settings = (values: Record<string, unknown>) =>
    h.simControl('settings', { method: 'POST', body: JSON.stringify(values) });
  const faults = (init: RequestInit) => h.simControl('faults', init);
  const leads = async (tag: string) =>
    (await h.records('Leads')).filter((record) => String(record.Company) === tag);
  const inZoho = (id: string) => async () => (await chunksOf(id)).some((chunk) => chunk.status === 'in_zoho');

  it('stops waiting for a Zoho job past its deadline, says so, and ends once its rows are checked', async () => {
    const tag = 'Slow Zoho Ltd';
    await settings({ rowsPerSecond: 1 });
    h.context.cancelWaitMs = 1_000;
    try {
      // The third row has no last name: Zoho skips it, so the check finds it missing (and the cancel keeps it back).
      const csv = `Last Name,Company,Email\nA,${tag},s1@example.com\nB,${tag},s2@example.com\n,${tag},s3@example.com\n`;
      const id = await h.create(await h.upload(csv), LEADS_MAPPING);
      await h.run(id, { until: inZoho(id) });
      await control(id, 'cancel');
      await advanceImport(h.context, id);
      const waiting = await getImportStatusView(h.db, id);
      expect(waiting?.status).toBe('cancelling');
      const [chunk] = await chunksOf(id);
      expect(waiting?.statusMessage).toMatch(
        new RegExp(
          `^Cancelling: waiting for Zoho to finish batch 1 \\(job ${chunk?.zohoJobId}\\); if it has not by \\d\\d:\\d\\d UTC, the batch waits for your decision instead`,
        ),
      );

      // Past the deadline the cancel no longer waits for Zoho: the batch waits for a decision, with the facts.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      await h.run(id);
      const [late] = await chunksOf(id);
      expect(late?.status).toBe('needs_attention');
      expect(late?.createOutcome).toMatch(
        /had not finished by .* when the cancel stopped waiting for it\. Its rows may be in the CRM/,
      );
      expect((await getImportStatusView(h.db, id))?.statusMessage).toMatch(
        /^Cancelling: waiting for your decision on batch 1 .*with no time limit/,
      );

      // Zoho finishes meanwhile; the check marks its rows added and the missing one is not sent (cancelled).
      await expect.poll(async () => (await leads(tag)).length, { timeout: 15_000 }).toBe(2);
      await control(id, 'check_chunk', 0);
      await h.run(id);
      const done = await getImportStatusView(h.db, id);
      expect(done).toMatchObject({ status: 'cancelled', reconciled: true });
      expect(done?.counts).toMatchObject({ added: 2, unprocessed: 1 });
      expect((await chunksOf(id)).map((c) => c.status)).toEqual(['completed', 'cancelled']);
      expect(await leads(tag)).toHaveLength(2);
    } finally {
      h.context.cancelWaitMs = undefined;
      await settings({ rowsPerSecond: 1000 });
    }
  }, 120_000);

  it('keeps a cancel through a Zoho outage, saying when it asks again, and ends as cancelled', async () => {
    const tag = 'Outage Ltd';
    const csv = `Last Name,Company,Email\nA,${tag},o1@example.com\nB,${tag},o2@example.com\n`;
    const id = await h.create(await h.upload(csv), LEADS_MAPPING);
    await h.run(id, { until: inZoho(id) });
    await faults({
      method: 'POST',
      body: JSON.stringify({ method: 'GET', path: '^/crm/bulk/v8/write/', status: 503, count: 1000 }),
    });
    try {
      await control(id, 'cancel');
      const result = await advanceImport(h.context, id);
      const during = await getImportStatusView(h.db, id);
      // Not "waiting" (which would forget the cancel and start the rest): still cancelling, with the next try.
      expect(during?.status).toBe('cancelling');
      expect(during?.statusMessage).toMatch(
        /^Cancelling: Zoho could not be asked about the batches it still runs: .* Fieldmap asks again at \d\d:\d\d UTC\.$/,
      );
      expect(result.runAgainInMs).toBeGreaterThan(0);
    } finally {
      await faults({ method: 'DELETE' });
    }
    await h.run(id);
    const done = await getImportStatusView(h.db, id);
    expect(done).toMatchObject({ status: 'cancelled', reconciled: true });
    expect(done?.counts?.added).toBe(2);
  }, 120_000);

  it('ends as cancelled (not failed) once the admin decides the batch it waited for', async () => {
    await faults({
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'accept-then-drop' }),
    });
    const id = await h.create(
      await h.upload('Last Name,Company,Email\nA,Decide Ltd,d1@example.com\n'),
      LEADS_MAPPING,
    );
    await h.run(id);
    await control(id, 'cancel');
    await h.run(id);
    expect((await getImportStatusView(h.db, id))?.status).toBe('cancelling');
    await control(id, 'mark_chunk_not_sent', 0);
    await h.run(id);
    const done = await getImportStatusView(h.db, id);
    expect(done?.status).toBe('cancelled');
    expect(done?.statusMessage).toMatch(/^Cancelled\./);
  }, 120_000);
});
