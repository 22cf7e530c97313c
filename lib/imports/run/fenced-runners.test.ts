import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks, imports } from '@/lib/db/schema';
import { testEngine } from '@/lib/db/test-db';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { advanceImport } from './advance-import';
import { fenced, moveChunk } from './fenced';
import { claimLease, LeaseLostError, releaseLease, renewLease } from './import-lease';

const engines = testEngine() === 'postgres' ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

function leadsCsv(rows: number, tag: string): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1) lines.push(`Lovelace ${i},Analytical,${tag}${i}@example.com`);
  return `${lines.join('\n')}\n`;
}

describe.each(engines)('two runners on one database (%s)', (engine) => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await startImportHarness({ engine: engine === 'pglite' ? 'pglite' : undefined });
  }, 180_000);
  afterAll(() => h.close());

  const creates = async () => {
    const { requests } = (await (await h.simControl('requests')).json()) as {
      requests: { method: string; path: string }[];
    };
    return requests.filter((r) => r.method === 'POST' && /^\/crm\/bulk\/v\d+\/write$/.test(r.path)).length;
  };

  /** A runner process: passes one after another until the import is finished, as its job chain would. */
  const runner = async (importId: string, leaseMs: number) => {
    const context = { ...h.context, leaseMs };
    for (let pass = 0; pass < 500; pass += 1) {
      if ((await getImportStatusView(h.db, importId))?.status === 'completed') return;
      const result = await advanceImport(context, importId);
      if (result.runAgainInMs === undefined) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(result.runAgainInMs ?? 0, 50)));
    }
    throw new Error('The import did not finish');
  };

  it('with an upload slower than the lease, each chunk gets exactly one Zoho job and every row goes in once', async () => {
    await h.simControl('requests', { method: 'DELETE' });
    const id = await h.create(await h.upload(leadsCsv(30, `twice-${engine}-`)), LEADS_MAPPING);
    // Split first, so both runners meet at the upload.
    await h.run(id, {
      until: async () =>
        (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).length > 0,
    });
    await h.simControl('faults', {
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '/crm/v8/upload', mode: 'delay', delayMs: 1_500 }),
    });
    await Promise.all([runner(id, 300), runner(id, 300)]);

    expect(await creates()).toBe(1);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true });
    expect(view?.counts.added).toBe(30);
    const emails = (await h.records('Leads'))
      .map((record) => String(record.Email))
      .filter((email) => email.startsWith(`twice-${engine}-`));
    expect(emails).toHaveLength(30);
    expect(new Set(emails).size).toBe(30);
  }, 60_000);

  it('a runner paused past its lease can neither write, renew, nor release the lease of the runner that took over', async () => {
    const id = await h.create(await h.upload(leadsCsv(5, `paused-${engine}-`)), LEADS_MAPPING);
    await h.run(id, {
      until: async () =>
        (await h.db.select().from(importChunks).where(eq(importChunks.importId, id))).length > 0,
    });
    const first = await claimLease(h.db, id, 100);
    if (!first) throw new Error('no lease');
    first.lease.stop(); // the process froze: no heartbeat
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await claimLease(h.db, id, 60_000);
    if (!second) throw new Error('the expired lease was not taken over');
    expect(second.lease.token).toBeGreaterThan(first.lease.token);

    // The frozen runner wakes up and tries to carry on.
    const write = fenced({ db: h.db, lease: first.lease }, (tx) =>
      moveChunk(tx, { importId: id, index: 0 }, ['pending'], { status: 'uploading' }),
    );
    await expect(write).rejects.toBeInstanceOf(LeaseLostError);
    expect(await renewLease(h.db, first.lease)).toBe(false);
    await releaseLease(h.db, first.lease);

    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(row?.leaseOwner).toBe(second.lease.owner);
    expect(row?.leaseUntil?.getTime()).toBeGreaterThan(Date.now());
    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunk?.status).toBe('pending');
    // A third runner cannot get in while the second holds the import.
    expect(await claimLease(h.db, id)).toBeUndefined();
    await releaseLease(h.db, second.lease);
  }, 60_000);
});
