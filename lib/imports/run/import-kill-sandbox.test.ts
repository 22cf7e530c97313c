import type { ChildProcess } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks } from '@/lib/db/schema';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { runCrashingRunner } from '../test/run-crashing-runner';
import type { SandboxProcess } from '../test/sandbox-process';
import { getImportStatusView } from '../views/import-status-view';

// The default setup: the embedded database, and the built-in sandbox in its own process with its data on disk,
// started again by `npm start`'s supervisor after it dies.
describe('the built-in sandbox killed with SIGKILL mid-import (alone, or with the app)', () => {
  let h: ImportHarness;
  let sandbox: SandboxProcess;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await startImportHarness({ engine: 'pglite', sandbox: 'own-process' });
    sandbox = h.sim as SandboxProcess;
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

  const expectEveryRowOnceAndBooksReconciled = async (id: string, tag: string) => {
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true, rowsInFile: 30 });
    expect(view?.counts.added).toBe(30);
    const stored = await emails(tag);
    expect(stored).toHaveLength(30);
    expect(new Set(stored).size).toBe(30);
  };

  it.each(['upload', 'in_zoho', 'download'])(
    'the sandbox killed at %s: the app waits for it to come back, then every row is in the CRM once and the books reconcile',
    async (point) => {
      const tag = `sandbox-${point}-`;
      const id = await thirtyLeads(tag);
      const killedPid = sandbox.pid();

      expect(
        await runCrashingRunner(h, children, id, { at: point, kill: 'sandbox', sandboxPid: killedPid }),
      ).toBeNull();

      expect(sandbox.pid()).not.toBe(killedPid);
      await expectEveryRowOnceAndBooksReconciled(id, tag);
    },
    300_000,
  );

  it.each(['in_zoho'])(
    'both killed at %s, then started again: every row in the CRM once and the books reconcile',
    async (point) => {
      const tag = `both-${point}-`;
      const id = await thirtyLeads(tag);
      const killedPid = sandbox.pid();

      expect(
        await runCrashingRunner(h, children, id, { at: point, kill: 'both', sandboxPid: killedPid }),
      ).toBe('SIGKILL');
      await sandbox.whenUp();
      expect(await runCrashingRunner(h, children, id)).toBeNull();

      expect(sandbox.pid()).not.toBe(killedPid);
      await expectEveryRowOnceAndBooksReconciled(id, tag);
    },
    300_000,
  );

  it('both killed after the sandbox accepted the create: nothing is sent again, the chunk waits with the facts, and the job the sandbox kept finishes', async () => {
    const tag = 'both-create-';
    const id = await thirtyLeads(tag);

    expect(
      await runCrashingRunner(h, children, id, { at: 'create', kill: 'both', sandboxPid: sandbox.pid() }),
    ).toBe('SIGKILL');
    await sandbox.whenUp();
    expect(await runCrashingRunner(h, children, id)).toBeNull();

    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunk?.status).toBe('needs_attention');
    expect(chunk?.createOutcome).toMatch(/Zoho may have it, so its rows may be in the CRM\./);
    await expect.poll(async () => (await emails(tag)).length, { timeout: 30_000 }).toBe(30);
    expect(new Set(await emails(tag)).size).toBe(30);
  }, 300_000);
});
