import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { exportJob } from './export-job';
import { importJob } from './import-job';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

// The request of seed 002 as sent: v2-style module string and criteria entries, lookup sub-fields.
const SEED_002 = {
  callback: { url: 'https://www.example.com/callback', method: 'post' },
  query: {
    module: 'Contacts',
    fields: [
      'Last_Name',
      'Owner',
      'Owner.last_name',
      'Account_Name.Account_Name',
      'Account_Name.Phone',
      'Lead_Source',
      'Created_Time',
    ],
    criteria: {
      group_operator: 'or',
      group: [
        { api_name: 'Lead_Source', comparator: 'equal', value: 'Advertisement' },
        { api_name: 'Owner.last_name', comparator: 'equal', value: 'Boyle' },
        { api_name: 'Account_Name.Phone', comparator: 'contains', value: '5' },
      ],
    },
    page: 1,
  },
};

describe('bulk read over HTTP', () => {
  let sim: Sim;
  // A fresh demo org per test (a reset would also revoke the test's token).
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(() => sim.close());

  it('honours the seed 002 request: 201 ADDED, then COMPLETED with the matching contacts as CSV', async () => {
    const result = await importJob(
      sim,
      'Contacts',
      'Last,Owner,Source,Account\n' +
        'Ad,ravi.kumar@sandbox.example.com,Advertisement,\n' +
        'Boss,patricia.boyle@sandbox.example.com,Web Research,\n' +
        'Phoned,maria.garcia@sandbox.example.com,,Acme Corporation\n' +
        'Nobody,maria.garcia@sandbox.example.com,Chat,Initech\n',
      [
        { api_name: 'Last_Name', index: 0 },
        { api_name: 'Owner', index: 1, find_by: 'email' },
        { api_name: 'Lead_Source', index: 2 },
        { api_name: 'Account_Name', index: 3, find_by: 'Account_Name' },
      ],
    );
    expect(result.map((row) => row.STATUS)).toEqual(['ADDED', 'ADDED', 'ADDED', 'ADDED']);
    const exported = await exportJob(sim, SEED_002, 'v2.1');
    expect(exported.created).toEqual({
      data: [
        {
          status: 'success',
          code: 'ADDED_SUCCESSFULLY',
          message: 'Added successfully.',
          details: {
            id: expect.stringMatching(/^\d{19}$/),
            operation: 'read',
            state: 'ADDED',
            created_by: { id: '5725767000000225013', name: 'Patricia Boyle' },
            created_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
          },
        },
      ],
      info: {},
    });
    expect(exported.job).toMatchObject({
      operation: 'read',
      state: 'COMPLETED',
      file_type: 'csv',
      result: { page: 1, per_page: 200000, more_records: false },
      callback: SEED_002.callback,
      // v2.1 echoes the module as an object even when sent as a string (Postman job details sample).
      query: { module: { api_name: 'Contacts' }, page: 1 },
    });
    expect(exported.job.result.next_page_token).toBeUndefined();
    // Echoed in the v2.1 shape, field ids filled in (null for lookup paths).
    expect(exported.job.query.criteria).toEqual({
      group: [
        {
          field: { id: expect.stringMatching(/^\d{19}$/), api_name: 'Lead_Source' },
          comparator: 'equal',
          value: 'Advertisement',
        },
        { field: { id: null, api_name: 'Owner.last_name' }, comparator: 'equal', value: 'Boyle' },
        { field: { id: null, api_name: 'Account_Name.Phone' }, comparator: 'contains', value: '5' },
      ],
      group_operator: 'or',
    });
    expect(exported.rows.meta.fields).toEqual(['id', ...SEED_002.query.fields]);

    // Imported: one per criterion that matches, and one that matches none (Initech has no phone).
    const imported = Object.fromEntries(result.map((row) => [row.Last ?? '', row.RECORD_ID ?? '']));
    const seeded = (await sim.call('GET', '/__sim/records/Contacts')).json.records.filter(
      (contact: { id: string }) => !Object.values(imported).includes(contact.id),
    );
    expect(exported.job.result.count).toBe(seeded.length + 3);
    expect(exported.rows.data.map((row) => row.id).sort()).toEqual(
      [
        ...seeded.map((contact: { id: string }) => contact.id),
        imported.Ad,
        imported.Boss,
        imported.Phoned,
      ].sort(),
    );
    expect(exported.rows.data.find((row) => row.id === imported.Phoned)).toMatchObject({
      Owner: '5725767000000225041',
      'Owner.last_name': 'Garcia',
      'Account_Name.Account_Name': 'Acme Corporation',
      'Account_Name.Phone': '+1 415 555 0100',
      Lead_Source: '',
    });
    const boyle = exported.rows.data.find((row) => row['Owner.last_name'] === 'Boyle');
    expect(boyle?.Owner).toBe('5725767000000225013');
  });

  it('on v2 echoes the module as a string and criteria in the flat api_name form', async () => {
    const exported = await exportJob(
      sim,
      {
        query: {
          module: { api_name: 'Contacts' },
          criteria: { field: { api_name: 'Last_Name' }, comparator: 'equal', value: 'Park' },
        },
      },
      'v2',
    );
    expect(exported.job.query).toEqual({
      module: 'Contacts',
      criteria: { api_name: 'Last_Name', comparator: 'equal', value: 'Park' },
      page: 1,
    });
    expect(exported.rows.data.map((row) => row.Last_Name)).toEqual(['Park']);
  });

  it('walks ADDED, QUEUED, IN PROGRESS, COMPLETED and serves {id}.zip holding {id}.csv with Content-Disposition', async () => {
    const exported = await exportJob(sim, { query: { module: { api_name: 'Accounts' } } });
    expect(exported.states).toContain('COMPLETED');
    expect(
      exported.states.every((state) => ['ADDED', 'QUEUED', 'IN PROGRESS', 'COMPLETED'].includes(state)),
    ).toBe(true);
    expect(exported.job.result.download_url).toBe(`/crm/bulk/v8/read/${exported.job.id}/result`);
    expect(exported.response.headers.get('content-type')).toBe('application/zip');
    expect(exported.response.headers.get('content-disposition')).toBe(
      `attachment; filename="${exported.job.id}.zip"`,
    );
    expect(exported.entryNames).toEqual([`${exported.job.id}.csv`]);
    expect(exported.rows.meta.fields?.[0]).toBe('id');
    expect(exported.rows.meta.fields).not.toContain('Layout');
  });

  it('pages with `page` on v2.1 (no token) and with next_page_token on v8', async () => {
    await sim.call('POST', '/__sim/settings', { readPageSize: 2 });
    const query = (extra: object) => ({ query: { module: 'Accounts', fields: ['Account_Name'], ...extra } });
    const pages = [];
    for (let page = 1; page <= 3; page += 1) pages.push(await exportJob(sim, query({ page }), 'v2.1'));
    expect(pages.map((page) => page.job.result.more_records)).toEqual([true, false, false]);
    expect(pages.map((page) => page.job.result.count)).toEqual([2, 1, 0]);
    expect(pages[0]?.job.result.next_page_token).toBeUndefined();
    const ids = pages.flatMap((page) => page.rows.data.map((row) => row.id));
    expect(new Set(ids).size).toBe(3);

    const first = await exportJob(sim, { query: { module: { api_name: 'Accounts' } } });
    expect(first.job.result).toMatchObject({ page: 1, per_page: 2, more_records: true });
    const second = await exportJob(sim, {
      query: { module: { api_name: 'Accounts' }, page_token: first.job.result.next_page_token },
    });
    expect(second.job.result).toMatchObject({ page: 2, count: 1, more_records: false });
    expect(second.rows.data.map((row) => row.id)).toEqual([pages[1]?.rows.data[0]?.id]);
    // Zoho's own next-page sample sends the token alone: the token carries the module, fields and criteria.
    const alone = await exportJob(sim, { query: { page_token: first.job.result.next_page_token } });
    expect(alone.job.result).toMatchObject({ page: 2, count: 1, more_records: false });
  });

  it('refuses a page token past its 24 hours, naming page_token', async () => {
    await sim.call('POST', '/__sim/settings', { readPageSize: 2 });
    const first = await exportJob(sim, { query: { module: { api_name: 'Accounts' } } });
    await sim.call('POST', '/__sim/settings', { variants: { pageTokenLifetimeSeconds: 0 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const refused = await sim.call('POST', '/crm/bulk/v8/read', {
      query: { page_token: first.job.result.next_page_token },
    });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'page_token' } });
  });

  it('exports Events as ICS: a VCALENDAR with one VEVENT per meeting, its own page size', async () => {
    const events = (await sim.call('GET', '/__sim/records/Events')).json.records as { id: string }[];
    const exported = await exportJob(sim, { query: { module: { api_name: 'Events' } }, file_type: 'ics' });
    expect(exported.job).toMatchObject({ file_type: 'ics', result: { count: events.length } });
    expect(exported.entryNames).toEqual([`${exported.job.id}.ics`]);
    expect(exported.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(exported.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(exported.text.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);

    await sim.call('POST', '/__sim/settings', { icsPageSize: 1, readPageSize: 100 });
    const limited = await exportJob(sim, { query: { module: { api_name: 'Events' } }, file_type: 'ics' });
    expect(limited.job.result).toMatchObject({ per_page: 1, count: 1, more_records: events.length > 1 });
  });
});
