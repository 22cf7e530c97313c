import type { ChildProcess } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks } from '@/lib/db/schema';
import { testEngine } from '@/lib/db/test-db';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { runCrashingRunner } from '../test/run-crashing-runner';
import { getImportStatusView } from '../views/import-status-view';

// The embedded database (the default setup) always; Postgres too when TEST_DATABASE_URL names one (CI).
const engines = testEngine() === 'postgres' ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

describe.each(engines)('a runner killed with SIGKILL at each step of an import, on %s', (engine) => {
  let h: ImportHarness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await startImportHarness(engine === 'pglite' ? { engine } : {});
  }, 120_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await h.close();
  });

  const emails = async (tag: string) =>
    (await h.records('Leads')).map((record) => String(record.Email)).filter((email) => email.startsWith(tag));

  const thirtyLeads = async (tag: string) => {
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 30; i += 1) lines.push(`Turing ${i},Bletchley,${tag}${i}@example.com`);
    return h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);
  };

  // Every step on Postgres; on the embedded database (a slower process start) the steps that differ most.
  const points =
    engine === 'postgres'
      ? ['split', 'upload', 'in_zoho', 'download', 'books']
      : ['upload', 'in_zoho', 'books'];
  it.each(points)(
    'killed at %s, then started again: every row in the CRM once and the books reconcile',
    async (point) => {
      const tag = `kill-${engine}-${point}-`;
      const id = await thirtyLeads(tag);

      expect(await runCrashingRunner(h, children, id, { at: point })).toBe('SIGKILL');
      expect(await runCrashingRunner(h, children, id)).toBeNull();

      const view = await getImportStatusView(h.db, id);
      expect(view).toMatchObject({ status: 'completed', reconciled: true, rowsInFile: 30 });
      expect(view?.counts.added).toBe(30);
      const stored = await emails(tag);
      expect(stored).toHaveLength(30);
      expect(new Set(stored).size).toBe(30);
    },
    300_000,
  );

  it('killed after Zoho accepted the create: nothing is sent again, and the chunk waits with the facts', async () => {
    const tag = `kill-${engine}-create-`;
    const id = await thirtyLeads(tag);

    expect(await runCrashingRunner(h, children, id, { at: 'create' })).toBe('SIGKILL');
    expect(await runCrashingRunner(h, children, id)).toBeNull();

    expect((await getImportStatusView(h.db, id))?.status).toBe('needs_attention');
    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunk?.status).toBe('needs_attention');
    expect(chunk?.createOutcome).toMatch(
      /Zoho may have it, so its rows may be in the CRM\. \(create sent 20/,
    );
    // Zoho's one job ran: every row is in the CRM exactly once.
    await expect.poll(async () => (await emails(tag)).length, { timeout: 20_000 }).toBe(30);
    expect(new Set(await emails(tag)).size).toBe(30);
  }, 300_000);
});
