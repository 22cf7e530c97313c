import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from './test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

describe('import then export', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function write(csv: string, operation: string, mappings: unknown[], findBy?: string) {
    const fileId = await sim.upload(csv);
    const created = await sim.call('POST', '/crm/bulk/v8/write', {
      operation,
      resource: [
        {
          type: 'data',
          module: { api_name: 'Accounts' },
          file_id: fileId,
          find_by: findBy,
          field_mappings: mappings,
        },
      ],
    });
    expect(created.status).toBe(201);
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${created.json.details.id}`),
      (job) => job.json.status === 'COMPLETED',
    );
    return {
      job: done.json,
      result: Papa.parse<Record<string, string>>(await sim.download(done.json.result.download_url), {
        header: true,
        skipEmptyLines: true,
      }).data,
    };
  }

  async function exportAccounts(page?: number) {
    const created = await sim.call('POST', '/crm/bulk/v8/read', {
      query: {
        module: { api_name: 'Accounts' },
        fields: ['Account_Name', 'Account_Number', 'Employees', 'Owner.email'],
        page,
      },
    });
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/read/${created.json.data[0].details.id}`),
      (job) => job.json.data[0].state === 'COMPLETED',
    );
    const csv = await sim.download(done.json.data[0].result.download_url);
    return {
      job: done.json.data[0],
      rows: Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data,
    };
  }

  const mappings = [
    { api_name: 'Account_Name', index: 0 },
    { api_name: 'Account_Number', index: 1 },
    { api_name: 'Employees', index: 2 },
    { api_name: 'Owner', index: 3, find_by: 'email' },
  ];

  it('inserts, reports every row, and exports exactly what was written', async () => {
    const csv =
      'Name,Number,Staff,Owner\nUmbrella,ACC-2001,900,ravi.kumar@sandbox.example.com\nStark,ACC-2002,lots,ravi.kumar@sandbox.example.com\nWayne,ACC-2003,5000,nobody@example.com\nHooli,ACC-2004,120,maria.garcia@sandbox.example.com\n';
    const { job, result } = await write(csv, 'insert', mappings);
    expect(job.resource[0].file).toMatchObject({
      added_count: 2,
      skipped_count: 2,
      updated_count: 0,
      total_count: 4,
    });
    expect(result.map((row) => [row.STATUS, row.ERRORS])).toEqual([
      ['ADDED', ''],
      ['SKIPPED', 'INVALID_DATA-Employees'],
      ['SKIPPED', 'INVALID_DATA-Owner'],
      ['ADDED', ''],
    ]);

    const { rows } = await exportAccounts();
    const written = rows.filter((row) => row.Account_Number?.startsWith('ACC-2'));
    expect(written).toEqual([
      {
        id: result[0]?.RECORD_ID,
        Account_Name: 'Umbrella',
        Account_Number: 'ACC-2001',
        Employees: '900',
        'Owner.email': 'ravi.kumar@sandbox.example.com',
      },
      {
        id: result[3]?.RECORD_ID,
        Account_Name: 'Hooli',
        Account_Number: 'ACC-2004',
        Employees: '120',
        'Owner.email': 'maria.garcia@sandbox.example.com',
      },
    ]);
  });

  it('upserts by a unique field: updates the match, adds the rest', async () => {
    const csv =
      'Name,Number,Staff,Owner\nUmbrella Corp,ACC-2001,950,ravi.kumar@sandbox.example.com\nCyberdyne,ACC-2005,70,ravi.kumar@sandbox.example.com\n';
    const { job } = await write(csv, 'upsert', mappings, 'Account_Number');
    expect(job.resource[0].file).toMatchObject({
      added_count: 1,
      updated_count: 1,
      skipped_count: 0,
      total_count: 2,
    });
    const { rows } = await exportAccounts();
    expect(rows.find((row) => row.Account_Number === 'ACC-2001')).toMatchObject({
      Account_Name: 'Umbrella Corp',
      Employees: '950',
    });
    expect(rows.some((row) => row.Account_Name === 'Cyberdyne')).toBe(true);
  });

  it('pages an export with more_records and a next_page_token', async () => {
    await sim.call('POST', '/__sim/settings', { readPageSize: 3 });
    const first = await exportAccounts();
    expect(first.job.result).toMatchObject({ page: 1, per_page: 3, count: 3, more_records: true });
    const created = await sim.call('POST', '/crm/bulk/v8/read', {
      query: { module: { api_name: 'Accounts' }, page_token: first.job.result.next_page_token },
    });
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/read/${created.json.data[0].details.id}`),
      (job) => job.json.data[0].state === 'COMPLETED',
    );
    expect(done.json.data[0].result).toMatchObject({ page: 2, count: 3, more_records: false });
    const second = Papa.parse<Record<string, string>>(
      await sim.download(done.json.data[0].result.download_url),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(second.map((row) => row.id)).not.toContain(first.rows[0]?.id);
  });
});
