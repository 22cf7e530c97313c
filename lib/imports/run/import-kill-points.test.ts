import { type ChildProcess, spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks } from '@/lib/db/schema';
import { testEngine } from '@/lib/db/test-db';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';

// kill -9 is a Postgres promise here: the runner fixture is a second process on the same database.
describe.runIf(testEngine() === 'postgres')('a runner killed with SIGKILL at each step of an import', () => {
  let h: ImportHarness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await startImportHarness();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await h.close();
  });

  /** Runs the import in a separate process until it stops by itself or kills itself at `crashAt`. */
  const runner = (importId: string, crashAt?: string) =>
    new Promise<NodeJS.Signals | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=react-server',
          '--import',
          'tsx',
          'lib/imports/test/import-runner.fixture.ts',
          h.database.connectionString ?? '',
          h.storageRoot,
          importId,
        ],
        { stdio: 'inherit', env: { ...process.env, CRASH_AT: crashAt ?? '' } },
      );
      children.push(child);
      child.on('error', reject);
      child.on('exit', (_, signal) => resolve(signal));
    });

  const emails = async (tag: string) =>
    (await h.records('Leads')).map((record) => String(record.Email)).filter((email) => email.startsWith(tag));

  it.each(['split', 'upload', 'in_zoho', 'download', 'books'])(
    'killed at %s, then started again: every row in the CRM once and the books reconcile',
    async (point) => {
      const tag = `kill-${point}-`;
      const lines = ['Last Name,Company,Email'];
      for (let i = 1; i <= 30; i += 1) lines.push(`Turing ${i},Bletchley,${tag}${i}@example.com`);
      const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);

      expect(await runner(id, point)).toBe('SIGKILL');
      expect(await runner(id)).toBeNull();

      const view = await getImportStatusView(h.db, id);
      expect(view).toMatchObject({ status: 'completed', reconciled: true, rowsInFile: 30 });
      expect(view?.counts.added).toBe(30);
      const stored = await emails(tag);
      expect(stored).toHaveLength(30);
      expect(new Set(stored).size).toBe(30);
    },
    120_000,
  );

  it('killed after Zoho accepted the create: nothing is sent again, and the chunk waits with the facts', async () => {
    const tag = 'kill-create-';
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 30; i += 1) lines.push(`Turing ${i},Bletchley,${tag}${i}@example.com`);
    const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);

    expect(await runner(id, 'create')).toBe('SIGKILL');
    expect(await runner(id)).toBeNull();

    expect((await getImportStatusView(h.db, id))?.status).toBe('needs_attention');
    const [chunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, id));
    expect(chunk?.status).toBe('needs_attention');
    expect(chunk?.createOutcome).toMatch(
      /Zoho may have it, so its rows may be in the CRM\. \(create sent 20/,
    );
    // Zoho's one job ran: every row is in the CRM exactly once.
    await expect.poll(async () => (await emails(tag)).length, { timeout: 20_000 }).toBe(30);
    expect(new Set(await emails(tag)).size).toBe(30);
  }, 120_000);
});
