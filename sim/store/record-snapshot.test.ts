import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

describe('records on disk (SIM_DATA_DIR)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function importAccount(sim: Awaited<ReturnType<typeof startTestSimulator>>, name: string) {
    const fileId = await sim.upload(`Account_Name,Owner\n${name},ravi.kumar@sandbox.example.com\n`);
    const created = await sim.call('POST', '/crm/bulk/v8/write', {
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
    expect(created.status).toBe(201);
    await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${created.json.details.id}`),
      (job) => job.json.status === 'COMPLETED',
    );
  }

  const accountNames = async (sim: Awaited<ReturnType<typeof startTestSimulator>>) =>
    ((await sim.call('GET', '/__sim/records/Accounts')).json.records as { Account_Name: string }[]).map(
      (record) => record.Account_Name,
    );

  it('keeps imported records across a restart, with new ids never reusing old ones, until reset', async () => {
    const first = await startTestSimulator({ dataDir });
    await importAccount(first, 'Persisted Ltd');
    const before = (await first.call('GET', '/__sim/records/Accounts')).json.records as { id: string }[];
    await first.close();

    const second = await startTestSimulator({ dataDir });
    expect(await accountNames(second)).toContain('Persisted Ltd');
    await importAccount(second, 'Second Run plc');
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
});
