import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { controlImport } from './control-import';

function leadsCsv(rows: number, tag: string): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1) lines.push(`Noether ${i},Erlangen,${tag}${i}@example.com`);
  return `${lines.join('\n')}\n`;
}

/** Zoho answers that lose track of a job it made: the rows are never sent twice and never counted as not sent. */
describe('an import whose Zoho answers go missing', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 180_000);
  afterAll(() => h.close());

  const arm = (fault: Record<string, unknown>) =>
    h.simControl('faults', { method: 'POST', body: JSON.stringify(fault) });
  const settings = (values: Record<string, unknown>) =>
    h.simControl('settings', { method: 'POST', body: JSON.stringify(values) });
  const emails = async (tag: string) =>
    (await h.records('Leads')).map((record) => String(record.Email)).filter((email) => email.startsWith(tag));
  const chunksOf = (id: string) => h.db.select().from(importChunks).where(eq(importChunks.importId, id));

  it.each([
    ['the connection resets', { mode: 'accept-then-drop' }],
    ['a gateway answers 503', { mode: 'accept-then-respond', status: 503 }],
  ])(
    'Zoho accepts a create and %s before the answer: needs attention, nothing resent',
    async (_, fault) => {
      const tag = `accepted-${String(fault.mode)}-`;
      await arm({ method: 'POST', path: '^/crm/bulk/v8/write$', ...fault });
      const id = await h.create(await h.upload(leadsCsv(12, tag)), LEADS_MAPPING);
      await h.run(id);

      const view = await getImportStatusView(h.db, id);
      expect(view?.status).toBe('needs_attention');
      const [chunk] = await chunksOf(id);
      expect(chunk?.status).toBe('needs_attention');
      expect(chunk?.createOutcome).toMatch(/No clear answer from Zoho to the create sent at/);
      // Zoho made the job once (the rows went in once); Fieldmap did not send it again.
      await expect.poll(() => emails(tag), { timeout: 10_000 }).toHaveLength(12);
      expect(new Set(await emails(tag)).size).toBe(12);
    },
    90_000,
  );

  it('a job Zoho no longer knows never zeroes the books: its chunk waits with the facts, the others go on', async () => {
    const tag = 'forgotten-';
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 25_010; i += 1) lines.push(`Noether ${i},Erlangen,${tag}${i}@example.com`);
    const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);
    // The first job is created; then Zoho answers RESOURCE_NOT_FOUND about it (as after losing its jobs).
    await h.run(id, { until: async () => (await chunksOf(id)).some((chunk) => chunk.zohoJobId) });
    const [first] = await chunksOf(id);
    await arm({
      method: 'GET',
      path: `^/crm/bulk/v8/write/${first?.zohoJobId}$`,
      status: 400,
      count: 1000,
      body: {
        status: 'error',
        code: 'RESOURCE_NOT_FOUND',
        message: "The requested resource doesn't exist.",
        details: {},
      },
    });
    try {
      await h.run(id);
    } finally {
      await h.simControl('faults', { method: 'DELETE' });
    }

    const view = await getImportStatusView(h.db, id);
    expect(view?.status).toBe('needs_attention');
    expect(view?.statusMessage).not.toMatch(/run .*again/i);
    const [lost, other] = await chunksOf(id);
    expect(lost?.status).toBe('needs_attention');
    expect(lost?.createOutcome).toContain(`Zoho job ${first?.zohoJobId} was created at`);
    expect(lost?.createOutcome).toMatch(/RESOURCE_NOT_FOUND.*rows may be in the CRM/);
    expect(lost?.createOutcome).not.toMatch(/run .*again/i);
    // Its rows are not counted as unprocessed; the other chunk was sent and collected.
    expect(lost?.counts?.unprocessed ?? 0).toBe(0);
    expect(other?.status).toBe('completed');
    expect(other?.counts?.added).toBe(10);

    // A cancel now cannot zero them either: the import says what it waits for, and the admin's decision ends it.
    const control = { db: h.db, boss: h.boss, storage: h.storage, importId: id };
    await controlImport({ ...control, action: 'cancel' });
    await h.run(id);
    const cancelling = await getImportStatusView(h.db, id);
    expect(cancelling?.status).toBe('cancelling');
    expect(cancelling?.statusMessage).toMatch(
      /^Cancelling: waiting for your decision on batch 1 .*with no time limit/,
    );
    expect((await chunksOf(id))[0]?.status).toBe('needs_attention');
  }, 180_000);

  it('a result with a row missing leaves the import unreconciled, never completed and reconciled', async () => {
    await settings({ dropResultRows: 1 });
    try {
      const id = await h.create(await h.upload(leadsCsv(8, 'mismatch-')), LEADS_MAPPING);
      await h.run(id);
      const view = await getImportStatusView(h.db, id);
      expect(view?.reconciled).toBe(false);
      expect(view?.statusMessage).toMatch(/^Unreconciled: /);
    } finally {
      await settings({ dropResultRows: 0 });
    }
  }, 90_000);
});
