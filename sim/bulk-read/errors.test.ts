import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { exportJob } from './export-job';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

const condition = (api_name: string, comparator: string, value: unknown) => ({
  field: { api_name },
  comparator,
  value,
});
const leads = (query: object, extra: object = {}) => ({
  query: { module: { api_name: 'Leads' }, ...query },
  ...extra,
});

describe('bulk read create errors (HTTP 400, Zoho application envelope)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  const cases: [string, unknown, string, string, unknown][] = [
    ['no query', { file_type: 'csv' }, 'REQUEST_BODY_NOT_READABLE', 'Unable to parse the request body.', {}],
    [
      'no module',
      { query: { fields: ['Last_Name'] } },
      'MISSING_REQUIRED_KEY',
      'required key module is not found in request body.',
      {},
    ],
    [
      'unknown module',
      { query: { module: { api_name: 'Widgets' } } },
      'MODULE_NOT_AVAILABLE',
      "Requested module 'Widgets' is not available.",
      {},
    ],
    [
      'unknown field',
      leads({ fields: ['Last_Name', 'Shoe_Size'] }),
      'FIELD_NOT_AVAILABLE',
      "Requested field api name 'Shoe_Size' is not available for the module 'Leads'. Check permission or visibility for the field.",
      { api_name: 'Shoe_Size', module: 'Leads' },
    ],
    [
      'unknown lookup sub-field',
      leads({ fields: ['Owner.shoe_size'] }),
      'FIELD_NOT_AVAILABLE',
      "Requested field api name 'Owner.shoe_size' is not available for the module 'Leads'. Check permission or visibility for the field.",
      { api_name: 'Owner.shoe_size', module: 'Leads' },
    ],
    [
      'ICS for a module other than Events',
      leads({}, { file_type: 'ics' }),
      'MODULE_NOT_SUPPORTED',
      "Invalid module for the query. Module 'Leads' is not supported.",
      {},
    ],
    [
      'fields with ICS',
      { query: { module: { api_name: 'Events' }, fields: ['Event_Title'] }, file_type: 'ics' },
      'FIELD_NOT_SUPPORTED',
      "Invalid field for the module provided in fields. Field api name 'Event_Title' is not supported for this module 'Events'.",
      {},
    ],
    [
      'a file type Zoho does not export',
      leads({}, { file_type: 'xlsx' }),
      'INVALID_DATA',
      'Invalid data',
      { api_name: 'file_type' },
    ],
    [
      'a comparator the field type does not take',
      leads({ criteria: condition('No_of_Employees', 'contains', '5') }),
      'FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED',
      `Field api name 'No_of_Employees' doesn't support this comparator 'contains' for criteria ${JSON.stringify(condition('No_of_Employees', 'contains', '5'))}.`,
      {
        comparator: 'contains',
        api_name: 'No_of_Employees',
        supported: [
          'equal',
          'not_equal',
          'in',
          'not_in',
          'less_than',
          'less_equal',
          'greater_than',
          'greater_equal',
        ],
      },
    ],
    [
      'between without two values',
      leads({ criteria: condition('Created_Time', 'between', '2024-01-01T00:00:00+00:00') }),
      'COMPARATOR_AND_VALUE_IN_CRITERIA_NOT_COMPATIBLE',
      `Comparator 'between' is not supported with value '"2024-01-01T00:00:00+00:00"' for criteria ${JSON.stringify(condition('Created_Time', 'between', '2024-01-01T00:00:00+00:00'))}.`,
      {},
    ],
    [
      'a group of one',
      leads({ criteria: { group_operator: 'and', group: [condition('Last_Name', 'equal', 'x')] } }),
      'AMBIGUOUS_GROUP_IN_CRITERIA',
      `Ambiguous group in criteria ${JSON.stringify({ group_operator: 'and', group: [condition('Last_Name', 'equal', 'x')] })}. Group should be used only when there are more than one criteria`,
      {},
    ],
    [
      'an operator other than and/or',
      leads({
        criteria: {
          group_operator: 'xor',
          group: [condition('Last_Name', 'equal', 'x'), condition('Email', 'equal', 'y')],
        },
      }),
      'GROUP_OPERATOR_NOT_SUPPORTED',
      `Criteria ${JSON.stringify({ group_operator: 'xor', group: [condition('Last_Name', 'equal', 'x'), condition('Email', 'equal', 'y')] })} doesn't support this logical group operator 'xor'. Supported operators are 'and', 'or'.`,
      {},
    ],
    [
      'more than 25 conditions',
      leads({
        criteria: {
          group_operator: 'or',
          group: Array.from({ length: 26 }, (_, i) => condition('Last_Name', 'equal', `n${i}`)),
        },
      }),
      'CRITERIA_LIMIT_EXCEEDED',
      'Number of criteria exceeded the maximum limit of 25',
      {},
    ],
    [
      'page 0',
      leads({ page: 0 }),
      'PAGE_NOT_SUPPORTED',
      'Invalid page number for query. Page 0 is not supported for the query.',
      {},
    ],
    [
      'a page_token the simulator never issued',
      leads({ page_token: 'not-a-token' }),
      'INVALID_DATA',
      'Invalid data',
      { api_name: 'page_token' },
    ],
    [
      'a page_token issued for another module',
      leads({
        page_token: Buffer.from(JSON.stringify({ module: 'Accounts', page: 2 })).toString('base64url'),
      }),
      'INVALID_DATA',
      'Invalid data',
      { api_name: 'page_token' },
    ],
    [
      'a loopback callback',
      leads({}, { callback: { url: 'http://127.0.0.1:9/hook', method: 'post' } }),
      'INVALID_CALLBACK_URL',
      "Invalid URL 'http://127.0.0.1:9/hook' for callback.",
      { reason: 'possible ssrf attempt' },
    ],
  ];

  it.each(cases)('%s', async (_name, body, code, message, details) => {
    const response = await sim.call('POST', '/crm/bulk/v8/read', body);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ status: 'error', code, message, details });
  });

  it('an unknown job is RESOURCE_NOT_FOUND (404 with details.resource); wrong path and method are gateway errors', async () => {
    const missing = await sim.call('GET', '/crm/bulk/v8/read/5725767000099999999');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      status: 'error',
      code: 'RESOURCE_NOT_FOUND',
      message: "The requested resource doesn't exist.",
      details: { resource: '5725767000099999999' },
    });
    const misspelt = await sim.call('POST', '/crm/bulk/v2.1/rea', leads({}));
    expect([misspelt.status, misspelt.text]).toEqual([
      404,
      '{"code":"INVALID_URL_PATTERN","details":{},"message":"Please check if the URL trying to access is a correct one","status":"error"}',
    ]);
    const copy = await sim.call('COPY', '/crm/bulk/v2.1/read', leads({}));
    expect([copy.status, copy.json.code]).toEqual([400, 'INVALID_REQUEST_METHOD']);
  });

  it('a download before completion is an error, and more than 10 downloads a minute get 429', async () => {
    const created = await sim.call('POST', '/crm/bulk/v8/read', leads({}));
    const early = await sim.call('GET', `/crm/bulk/v8/read/${created.json.data[0].details.id}/result`);
    expect([early.status, early.json.code]).toEqual([400, 'RESOURCE_NOT_FOUND']);

    const done = await exportJob(sim, leads({}));
    const url = `/crm/bulk/v8/read/${done.job.id}/result`;
    const statuses = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await fetch(`${sim.sim.url}${url}`, { headers: sim.auth });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(9); // exportJob downloaded once
    const limited = await sim.call('GET', url);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({
      status: 'error',
      code: 'TOO_MANY_REQUESTS',
      message: 'Many requests fired in concurrent than the allowed limit',
      details: {},
    });
  });
});
