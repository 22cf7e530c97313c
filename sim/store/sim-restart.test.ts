import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

const accountsJob = (fileId: string) => ({
  operation: 'insert',
  resource: [
    {
      type: 'data',
      module: { api_name: 'Accounts' },
      file_id: fileId,
      field_mappings: [
        { api_name: 'Account_Name', index: 0 },
        { api_name: 'Owner', index: 1, find_by: 'email' },
      ],
    },
  ],
});

const accountsCsv = (names: string[]) =>
  `Account_Name,Owner\n${names.map((name) => `${name},ravi.kumar@sandbox.example.com`).join('\n')}\n`;

async function importAccounts(sim: Sim, names: string[]) {
  const created = await sim.call(
    'POST',
    '/crm/bulk/v8/write',
    accountsJob(await sim.upload(accountsCsv(names))),
  );
  expect(created.status).toBe(201);
  const id: string = created.json.details.id;
  const done = await sim.waitFor(
    () => sim.call('GET', `/crm/bulk/v8/write/${id}`),
    (job) => job.json.status === 'COMPLETED',
  );
  return { id, details: done.json };
}

const accountNames = async (sim: Sim) =>
  ((await sim.call('GET', '/__sim/records/Accounts')).json.records as { Account_Name: string }[]).map(
    (record) => record.Account_Name,
  );

describe('the sandbox on disk (SIM_DATA_DIR)', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-data-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps imported records across a restart, with new ids never reusing old ones, until reset', async () => {
    const dataDir = freshDir();
    const first = await startTestSimulator({ dataDir });
    await importAccounts(first, ['Persisted Ltd']);
    const before = (await first.call('GET', '/__sim/records/Accounts')).json.records as { id: string }[];
    await first.close();

    const second = await startTestSimulator({ dataDir });
    expect(await accountNames(second)).toContain('Persisted Ltd');
    await importAccounts(second, ['Second Run plc']);
    const after = (await second.call('GET', '/__sim/records/Accounts')).json.records as { id: string }[];
    expect(new Set(after.map((record) => record.id)).size).toBe(before.length + 1);
    await second.call('POST', '/__sim/reset');
    await second.close();

    const third = await startTestSimulator({ dataDir });
    const names = await accountNames(third);
    expect(names).not.toContain('Persisted Ltd');
    expect(names).not.toContain('Second Run plc');
    expect(names.length).toBeGreaterThan(0);
    await third.close();
  });

  it('keeps uploaded files, finished bulk write and read jobs and their result files across a restart', async () => {
    const dataDir = freshDir();
    const first = await startTestSimulator({ dataDir });
    const written = await importAccounts(first, ['Kept Result Ltd']);
    const writeResult = await first.download(written.details.result.download_url);
    const unusedFile = await first.upload(accountsCsv(['Uploaded Before Restart']));
    const read = await first.call('POST', '/crm/bulk/v8/read', {
      query: { module: { api_name: 'Accounts' }, fields: ['Account_Name'] },
    });
    const readId: string = read.json.data[0].details.id;
    const readDone = await first.waitFor(
      () => first.call('GET', `/crm/bulk/v8/read/${readId}`),
      (job) => job.json.data[0].state === 'COMPLETED',
    );
    const readResult = await first.download(readDone.json.data[0].result.download_url);
    await first.close();

    const second = await startTestSimulator({ dataDir });
    // Each test simulator listens on its own port, so only the origin of the download URL differs.
    const sameJob = JSON.parse(JSON.stringify(written.details).replaceAll(first.sim.url, second.sim.url));
    expect((await second.call('GET', `/crm/bulk/v8/write/${written.id}`)).json).toEqual(sameJob);
    expect(await second.download(sameJob.result.download_url)).toBe(writeResult);
    expect((await second.call('GET', `/crm/bulk/v8/read/${readId}`)).json).toEqual(readDone.json);
    expect(await second.download(readDone.json.data[0].result.download_url)).toBe(readResult);
    expect(readResult).toContain('Kept Result Ltd');
    const reused = await second.call('POST', '/crm/bulk/v8/write', accountsJob(unusedFile));
    expect(reused.status).toBe(201);
    await second.waitFor(
      () => second.call('GET', `/crm/bulk/v8/write/${reused.json.details.id}`),
      (job) => job.json.status === 'COMPLETED',
    );
    expect(await accountNames(second)).toContain('Uploaded Before Restart');
    // A file a job used is still refused for another job, as before the restart.
    const again = await second.call('POST', '/crm/bulk/v8/write', accountsJob(unusedFile));
    expect(again.json.code).toBe('FILE_NOT_SUPPORTED');
    await second.close();
  });

  it('finishes a bulk write job that was running when it stopped, each row applied once', async () => {
    const dataDir = freshDir();
    const names = Array.from({ length: 400 }, (_, index) => `Restart Row ${index + 1}`);
    const first = await startTestSimulator({ dataDir, rowsPerSecond: 400 });
    const created = await first.call(
      'POST',
      '/crm/bulk/v8/write',
      accountsJob(await first.upload(accountsCsv(names))),
    );
    const id: string = created.json.details.id;
    const midway = await first.waitFor(
      () => first.call('GET', `/crm/bulk/v8/write/${id}`),
      (job) => (job.json.resource[0].file?.total_count ?? 0) >= 40,
    );
    expect(midway.json.status).toBe('INPROGRESS');
    await first.close();

    const second = await startTestSimulator({ dataDir });
    const resumed = await second.call('GET', `/crm/bulk/v8/write/${id}`);
    expect(resumed.json.resource[0].file.total_count).toBeGreaterThanOrEqual(40);
    const done = await second.waitFor(
      () => second.call('GET', `/crm/bulk/v8/write/${id}`),
      (job) => job.json.status === 'COMPLETED',
    );
    expect(done.json.resource[0].file).toMatchObject({
      added_count: 400,
      total_count: 400,
      skipped_count: 0,
    });
    const stored = (await accountNames(second)).filter((name) => name.startsWith('Restart Row '));
    expect(stored.length).toBe(400);
    expect(new Set(stored).size).toBe(400);
    const result = Papa.parse<Record<string, string>>(await second.download(done.json.result.download_url), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(result.map((row) => row.Account_Name)).toEqual(names);
    expect(result.every((row) => row.STATUS === 'ADDED')).toBe(true);
    expect(new Set(result.map((row) => row.RECORD_ID)).size).toBe(400);
    await second.close();
  });
});
