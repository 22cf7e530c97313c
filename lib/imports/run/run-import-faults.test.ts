import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks, metadataCache } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { listImports } from '../views/list-imports';
import { controlImport } from './control-import';

function leadsCsv(rows: number, tag: string): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1) lines.push(`Hopper ${i},Navy,${tag}${i}@example.com`);
  return `${lines.join('\n')}\n`;
}

describe('an import through Zoho trouble', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness();
  }, 60_000);
  afterAll(() => h.close());

  const arm = (fault: Record<string, unknown>) =>
    h.simControl('faults', { method: 'POST', body: JSON.stringify(fault) });
  const emails = async (tag: string) =>
    (await h.records('Leads')).map((record) => String(record.Email)).filter((email) => email.startsWith(tag));

  it('5xx on upload, 429 on create, 5xx on status and an expired token pause it; it ends with every row in, once', async () => {
    await arm({ method: 'POST', path: '/crm/v8/upload', status: 500, count: 2 });
    await arm({ method: 'POST', path: '^/crm/bulk/v8/write$', status: 429, count: 5 });
    await arm({ method: 'GET', path: '^/crm/bulk/v8/write/', status: 500, count: 2 });
    await h.simControl('tokens/expire', { method: 'POST' });
    const id = await h.create(await h.upload(leadsCsv(300, 'trouble')), LEADS_MAPPING);
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true, rowsInFile: 300 });
    expect(view?.counts.added).toBe(300);
    const stored = await emails('trouble');
    expect(stored.length).toBe(300);
    expect(new Set(stored).size).toBe(300);
  }, 90_000);

  it('a create with no answer waits for the admin; resending it finishes the import without duplicates', async () => {
    await arm({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'drop', count: 1 });
    const id = await h.create(await h.upload(leadsCsv(40, 'uncertain')), LEADS_MAPPING);
    await h.run(id);
    let view = await getImportStatusView(h.db, id);
    expect(view?.status).toBe('needs_attention');
    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunk?.createOutcome).toMatch(/No clear answer from Zoho/);
    expect(await emails('uncertain')).toHaveLength(0);

    await controlImport({
      db: h.db,
      boss: h.boss,
      storage: h.storage,
      importId: id,
      action: 'resend_chunk',
      chunkIndex: 0,
    });
    await h.run(id);
    view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true });
    expect(await emails('uncertain')).toHaveLength(40);
  }, 90_000);

  it('a create with no answer marked not sent: its rows count as not processed, once, and the import ends saying so', async () => {
    await arm({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'drop', count: 1 });
    const id = await h.create(await h.upload(leadsCsv(30, 'marked')), LEADS_MAPPING);
    await h.run(id);
    expect((await getImportStatusView(h.db, id))?.status).toBe('needs_attention');
    const decide = () =>
      controlImport({
        db: h.db,
        boss: h.boss,
        storage: h.storage,
        importId: id,
        action: 'mark_chunk_not_sent',
        chunkIndex: 0,
      });
    await decide();
    await expect(decide()).rejects.toThrow(/not waiting for a decision/);
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    // Nothing went in, so it ends failed, and says why.
    expect(view).toMatchObject({ status: 'failed', reconciled: true, rowsInFile: 30 });
    expect(view?.statusMessage).toMatch(/Nothing went in/);
    expect(view?.counts).toMatchObject({ added: 0, unprocessed: 30 });
    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect([chunk?.status, chunk?.counts?.unprocessed]).toEqual(['cancelled', 30]);
    expect(await emails('marked')).toHaveLength(0);
  }, 90_000);

  it('a cancel asked for while a chunk waits for a decision stands after the decision', async () => {
    await arm({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'drop', count: 1 });
    const id = await h.create(await h.upload(leadsCsv(10, 'cancelwait')), LEADS_MAPPING);
    await h.run(id);
    expect((await getImportStatusView(h.db, id))?.status).toBe('needs_attention');
    const control = { db: h.db, boss: h.boss, storage: h.storage, importId: id };
    await controlImport({ ...control, action: 'cancel' });
    await controlImport({ ...control, action: 'mark_chunk_not_sent', chunkIndex: 0 });
    await h.run(id);
    expect(await getImportStatusView(h.db, id)).toMatchObject({ status: 'cancelled', reconciled: true });
  }, 90_000);

  it('once split, an import needs no metadata: Zoho failing to describe the module mid-run does not stop it', async () => {
    const id = await h.create(await h.upload(leadsCsv(20, 'nometa')), LEADS_MAPPING);
    await h.run(id, {
      until: async () =>
        (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).length > 0,
    });
    await h.db.delete(metadataCache);
    await arm({ method: 'GET', path: '/settings/(fields|layouts)', status: 500, count: 1000 });
    try {
      await h.run(id);
    } finally {
      await h.simControl('faults', { method: 'DELETE' });
    }
    expect(await getImportStatusView(h.db, id)).toMatchObject({ status: 'completed', reconciled: true });
    expect(await emails('nometa')).toHaveLength(20);
  }, 90_000);

  it('a job Zoho refuses fails its rows, stops the chunks not yet sent, and still accounts for every row', async () => {
    h.context.concurrentJobs = 1;
    await arm({
      method: 'POST',
      path: '^/crm/bulk/v8/write$',
      status: 400,
      count: 1,
      body: {
        code: 'MANDATORY_FIELDS_NOT_MAPPED',
        details: {},
        message: 'All mandatory fields are not mapped',
        status: 'error',
      },
    });
    const id = await h.create(await h.upload(leadsCsv(30_000, 'refused')), LEADS_MAPPING);
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'failed', reconciled: true });
    expect(view?.counts).toMatchObject({ failed: 25_000, unprocessed: 5_000, added: 0 });
    expect(view?.statusMessage).toMatch(/MANDATORY_FIELDS_NOT_MAPPED/);
    expect(await emails('refused')).toHaveLength(0);
    h.context.concurrentJobs = 2;
  }, 90_000);

  it('pauses on request (chunks already in Zoho finish there) and picks up where it stopped on resume', async () => {
    const id = await h.create(await h.upload(leadsCsv(200, 'pause')), LEADS_MAPPING);
    await h.run(id, {
      until: async () =>
        (await getImportStatusView(h.db, id))?.chunks.some((c) => c.status === 'in_zoho') ?? false,
    });
    await controlImport({ db: h.db, boss: h.boss, storage: h.storage, importId: id, action: 'pause' });
    await h.run(id);
    expect((await getImportStatusView(h.db, id))?.status).toBe('paused');
    await controlImport({ db: h.db, boss: h.boss, storage: h.storage, importId: id, action: 'resume' });
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true });
    expect(await emails('pause')).toHaveLength(200);
  }, 60_000);

  it('cancelling stops chunks not yet sent and counts their rows as unprocessed', async () => {
    h.context.concurrentJobs = 1;
    const id = await h.create(await h.upload(leadsCsv(60_000, 'cancel')), LEADS_MAPPING);
    await h.run(id, {
      until: async () =>
        (await getImportStatusView(h.db, id))?.chunks.some((c) => c.status === 'completed') ?? false,
    });
    // Mid-run, the jobs list counts the rows of the chunk already done.
    const listed = (await listImports(h.db)).find((item) => item.id === id);
    expect(listed?.rowsDone).toBe(25_000);
    await controlImport({ db: h.db, boss: h.boss, storage: h.storage, importId: id, action: 'cancel' });
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view?.status).toBe('cancelled');
    expect(view?.reconciled).toBe(true);
    expect((view?.counts.added ?? 0) + (view?.counts.unprocessed ?? 0)).toBe(60_000);
    expect(view?.counts.unprocessed).toBe(10_000);
    expect((await listImports(h.db)).find((item) => item.id === id)?.rowsDone).toBe(60_000);
    h.context.concurrentJobs = 2;
  }, 120_000);
});
