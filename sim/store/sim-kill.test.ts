import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refreshAccessToken } from '../test/sim-client';
import { writeZip } from '../zip/write-zip';

/** The simulator as `npm start` runs it: its own process, its data on disk. */
async function startProcess(dataDir: string, rowsPerSecond: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts'], {
    env: { ...process.env, SIM_PORT: '0', SIM_DATA_DIR: dataDir, SIM_ROWS_PER_SECOND: String(rowsPerSecond) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /on (http:\/\/[\d.:]+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited (${code}): ${output}`)));
  });
  const auth = { Authorization: `Zoho-oauthtoken ${await refreshAccessToken(url)}` };
  const get = async (path: string) => (await fetch(`${url}${path}`, { headers: auth })).json();
  return { child, url, auth, get };
}

async function until<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const value = await read();
    if (isDone(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out');
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describe('the sandbox killed (kill -9) in the middle of a bulk write job', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-kill-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes the job after it starts again, with every row in the CRM exactly once', async () => {
    const names = Array.from({ length: 300 }, (_, index) => `Killed Row ${index + 1}`);
    const first = await startProcess(dataDir, 300);
    const form = new FormData();
    const csv = `Account_Name,Owner\n${names.map((name) => `${name},ravi.kumar@sandbox.example.com`).join('\n')}\n`;
    form.append(
      'file',
      new Blob([new Uint8Array(await writeZip([{ name: 'a.csv', content: csv }]))]),
      'a.zip',
    );
    const uploaded = await fetch(`${first.url}/crm/v8/upload`, {
      method: 'POST',
      headers: { ...first.auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144' },
      body: form,
    }).then((response) => response.json());
    const created = await fetch(`${first.url}/crm/bulk/v8/write`, {
      method: 'POST',
      headers: { ...first.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        operation: 'insert',
        resource: [
          {
            type: 'data',
            module: { api_name: 'Accounts' },
            file_id: uploaded.details.file_id,
            field_mappings: [
              { api_name: 'Account_Name', index: 0 },
              { api_name: 'Owner', index: 1, find_by: 'email' },
            ],
          },
        ],
      }),
    }).then((response) => response.json());
    expect(created.details?.id, JSON.stringify(created)).toBeDefined();
    const id: string = created.details.id;
    await until(
      () => first.get(`/crm/bulk/v8/write/${id}`),
      (job) => (job.resource[0].file?.total_count ?? 0) >= 30,
    );
    await killed(first.child);

    const second = await startProcess(dataDir, 50_000);
    try {
      const done = await until(
        () => second.get(`/crm/bulk/v8/write/${id}`),
        (job) => job.status === 'COMPLETED',
      );
      expect(done.resource[0].file).toMatchObject({ added_count: 300, total_count: 300 });
      const { records } = await second.get('/__sim/records/Accounts');
      const stored = (records as { Account_Name: string }[])
        .map((record) => record.Account_Name)
        .filter((name) => name.startsWith('Killed Row '));
      expect(stored.length).toBe(300);
      expect(new Set(stored).size).toBe(300);
    } finally {
      await killed(second.child);
    }
  }, 180_000);
});
