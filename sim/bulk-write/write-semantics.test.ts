import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
type Contact = Record<string, unknown> & { id: string; Email?: string };

const OWNER = { api_name: 'Owner', default_value: { value: '5725767000000225027' } };

describe('bulk write applies rows as Zoho does', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function run(csv: string, operation: string, mappings: unknown[] | undefined, extra = {}) {
    const fileId = await sim.upload(csv);
    const resource = {
      type: 'data',
      module: { api_name: 'Contacts' },
      file_id: fileId,
      field_mappings: mappings,
    };
    const created = await sim.call('POST', '/crm/bulk/v8/write', {
      operation,
      resource: [{ ...resource, ...extra }],
    });
    expect(created.status).toBe(201);
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${created.json.details.id}`),
      (job) => job.json.status === 'COMPLETED',
    );
    const csvText = await sim.download(done.json.result.download_url);
    return {
      file: done.json.resource[0].file,
      rows: Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true }).data,
    };
  }

  const contacts = async () => (await sim.call('GET', '/__sim/records/Contacts')).json.records as Contact[];
  const byEmail = async (email: string) => (await contacts()).find((record) => record.Email === email);

  it('inserts with lookups found by name, dates in the given format, defaults and new picklist values', async () => {
    const { file, rows } = await run(
      'Name,Mail,Company,Born,Source\nHopper,grace@navy.example,Acme Corporation,09.12.1906,\nTuring,alan@bletchley.example,Nowhere Ltd,23.06.1912,Radio\n',
      'insert',
      [
        { api_name: 'Last_Name', index: 0 },
        { api_name: 'Email', index: 1 },
        { api_name: 'Account_Name', index: 2, find_by: 'Account_Name' },
        { api_name: 'Date_of_Birth', index: 3, format: 'dd.MM.yyyy' },
        { api_name: 'Lead_Source', index: 4, default_value: { value: 'Trade Show' } },
        OWNER,
      ],
    );
    expect(file).toMatchObject({ added_count: 1, skipped_count: 1, updated_count: 0, total_count: 2 });
    expect(rows.map((row) => [row.STATUS, row.ERRORS])).toEqual([
      ['ADDED', ''],
      ['SKIPPED', 'INVALID_DATA-Account_Name'],
    ]);
    expect(await byEmail('grace@navy.example')).toMatchObject({
      id: rows[0]?.RECORD_ID,
      Last_Name: 'Hopper',
      Account_Name: { name: 'Acme Corporation' },
      Date_of_Birth: '1906-12-09',
      Lead_Source: 'Trade Show',
      Owner: { id: '5725767000000225027' },
    });

    await run('Name,Mail,Source\nLiskov,barbara@mit.example,Podcast\n', 'insert', [
      { api_name: 'Last_Name', index: 0 },
      { api_name: 'Email', index: 1 },
      { api_name: 'Lead_Source', index: 2 },
      OWNER,
    ]);
    const fields = (await sim.call('GET', '/crm/v8/settings/fields?module=Contacts')).json.fields as {
      api_name: string;
      pick_list_values: { actual_value: string }[];
    }[];
    const source = fields.find((field) => field.api_name === 'Lead_Source');
    expect(source?.pick_list_values.map((value) => value.actual_value)).toContain('Podcast');
  });

  it('refuses duplicates on unique fields, bad types and lengths, and empty mandatory fields per row', async () => {
    const { rows } = await run(
      `Last_Name,Email,Date_of_Birth,Title\nCarter,sam.carter@acme.example.com,,\nValid,not-an-email,,\n,nobody@x.example,,\nLong,long@x.example,,${'x'.repeat(101)}\nDated,dated@x.example,31/31/2020,\n`,
      'insert',
      undefined,
    );
    expect(rows.map((row) => row.ERRORS)).toEqual([
      'DUPLICATE_DATA-Email',
      'INVALID_DATA-Email',
      'MANDATORY_NOT_FOUND-Last_Name',
      'INVALID_DATA-Title',
      'INVALID_DATA-Date_of_Birth',
    ]);
    expect(await byEmail('nobody@x.example')).toBeUndefined();
  });

  it('updates by find_by: no match is RESOURCE_NOT_FOUND; empty cells clear fields unless ignore_empty', async () => {
    const mappings = [
      { api_name: 'Email', index: 0 },
      { api_name: 'Title', index: 1 },
      { api_name: 'Department', index: 2 },
    ];
    await run('Email,Title,Department\nsam.carter@acme.example.com,Colonel,SG-1\n', 'update', mappings, {
      find_by: 'Email',
    });
    const kept = await run(
      'Email,Title,Department\nsam.carter@acme.example.com,General,\n',
      'update',
      mappings,
      {
        find_by: 'Email',
        ignore_empty: true,
      },
    );
    expect(kept.rows[0]).toMatchObject({ STATUS: 'UPDATED' });
    expect(await byEmail('sam.carter@acme.example.com')).toMatchObject({
      Title: 'General',
      Department: 'SG-1',
    });

    const cleared = await run(
      'Email,Title,Department\nsam.carter@acme.example.com,General,\nghost@x.example,Nobody,\n',
      'update',
      mappings,
      { find_by: 'Email' },
    );
    expect(cleared.rows.map((row) => [row.STATUS, row.ERRORS])).toEqual([
      ['UPDATED', ''],
      ['SKIPPED', 'RESOURCE_NOT_FOUND-Email'],
    ]);
    expect((await byEmail('sam.carter@acme.example.com'))?.Department).toBeNull();
    expect(await byEmail('ghost@x.example')).toBeUndefined();
  });

  it('upserts by id: the matching record is updated in place, an unknown row is added', async () => {
    const sam = await byEmail('sam.carter@acme.example.com');
    const before = (await contacts()).length;
    const { rows } = await run(
      `id,Last_Name,Title\n${sam?.id},Carter,Brigadier\n,Newcomer,Intern\n`,
      'upsert',
      [
        { api_name: 'id', index: 0 },
        { api_name: 'Last_Name', index: 1 },
        { api_name: 'Title', index: 2 },
        OWNER,
      ],
      { find_by: 'id' },
    );
    expect(rows.map((row) => [row.STATUS, row.RECORD_ID === sam?.id])).toEqual([
      ['UPDATED', true],
      ['ADDED', false],
    ]);
    expect((await contacts()).length).toBe(before + 1);
    expect(await byEmail('sam.carter@acme.example.com')).toMatchObject({ Title: 'Brigadier' });
  });

  it('walks ADDED → INPROGRESS → COMPLETED at the configured speed', async () => {
    await sim.call('POST', '/__sim/settings', { rowsPerSecond: 20 });
    const fileId = await sim.upload(
      `Last_Name\n${Array.from({ length: 10 }, (_, i) => `Slow ${i}`).join('\n')}\n`,
    );
    const created = await sim.call('POST', '/crm/bulk/v2/write', {
      operation: 'insert',
      resource: [{ type: 'data', module: 'Contacts', file_id: fileId }],
    });
    const seen = new Set<string>();
    await sim.waitFor(
      async () => {
        const job = await sim.call('GET', `/crm/bulk/v2/write/${created.json.details.id}`);
        seen.add(job.json.status);
        return job.json.status as string;
      },
      (status) => status === 'COMPLETED',
    );
    await sim.call('POST', '/__sim/settings', { rowsPerSecond: 1_000_000 });
    expect([...seen]).toEqual(expect.arrayContaining(['INPROGRESS', 'COMPLETED']));
  });
});
