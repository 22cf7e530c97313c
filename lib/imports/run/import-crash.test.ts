import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '@/lib/db/test-db';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';

// kill -9 is a Postgres promise (its durability is the one we stand on); CI runs this with TEST_DATABASE_URL.
describe.runIf(testEngine() === 'postgres')('a server killed with SIGKILL mid-import', () => {
  let h: ImportHarness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    h = await startImportHarness();
  }, 60_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await h.close();
  });

  const runner = (importId: string) => {
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
      { stdio: 'inherit', env: process.env },
    );
    children.push(child);
    return child;
  };

  it('resumes after a restart and ends with every row accounted for and no duplicate records', async () => {
    await h.simControl('settings', { method: 'POST', body: JSON.stringify({ rowsPerSecond: 20_000 }) });
    const lines = ['Last Name,Company,Email'];
    for (let i = 1; i <= 60_000; i += 1) lines.push(`Turing ${i},Bletchley,crash${i}@example.com`);
    const id = await h.create(await h.upload(`${lines.join('\n')}\n`), LEADS_MAPPING);

    const first = runner(id);
    await expect
      .poll(
        async () => (await getImportStatusView(h.db, id))?.chunks.some((chunk) => chunk.status === 'in_zoho'),
        {
          timeout: 60_000,
          interval: 100,
        },
      )
      .toBe(true);
    first.kill('SIGKILL');

    runner(id);
    await expect
      .poll(async () => (await getImportStatusView(h.db, id))?.status, { timeout: 90_000, interval: 500 })
      .toBe('completed');
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ reconciled: true, rowsInFile: 60_000 });
    expect(view?.counts.added).toBe(60_000);
    const emails = (await h.records('Leads'))
      .map((record) => String(record.Email))
      .filter((e) => e.startsWith('crash'));
    expect(emails).toHaveLength(60_000);
    expect(new Set(emails).size).toBe(60_000);
  }, 180_000);
});
