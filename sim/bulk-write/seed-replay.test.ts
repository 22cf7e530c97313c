import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

const mappings = [
  { api_name: 'Last_Name', index: 0 },
  { api_name: 'Mobile', index: 1 },
  { api_name: 'Owner', index: 2 },
];
const job = (fileId: string, extra: Record<string, unknown> = {}) => ({
  operation: 'insert',
  ignore_empty: true,
  resource: [{ type: 'data', module: { api_name: 'Leads' }, file_id: fileId, field_mappings: mappings }],
  ...extra,
});

// The bodies and statuses of seeds 000, 001 and 004 (docs/zoho.md, “Sources”), replayed against the simulator.
describe('bulk write, as the seed captures show it', () => {
  let sim: Sim;
  let fileId: string;
  beforeAll(async () => {
    sim = await startTestSimulator();
    fileId = await sim.upload('Last_Name,Mobile,Owner\nBoyle,555 0100,5725767000000225013\n');
  });
  afterAll(() => sim.close());

  it('MANDATORY_FIELDS_NOT_MAPPED names the layout field left out', async () => {
    const body = job(fileId);
    body.resource[0] = {
      ...body.resource[0],
      field_mappings: mappings.slice(0, 2),
    } as (typeof body.resource)[0];
    const response = await sim.call('POST', '/crm/bulk/v2.1/write', body);
    expect(response.status).toBe(400);
    expect(response.text).toBe(
      '{"status":"error","code":"MANDATORY_FIELDS_NOT_MAPPED","message":"All mandatory fields are not mapped for the layout [Owner]","details":{}}',
    );
  });

  it('INVALID_CALLBACK_URL for a bare host, as a possible SSRF', async () => {
    const response = await sim.call(
      'POST',
      '/crm/bulk/v2.1/write',
      job(fileId, { callback: { url: 'http://requestbin.fullcontact.com', method: 'post' } }),
    );
    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      status: 'error',
      code: 'INVALID_CALLBACK_URL',
      message: "Invalid URL 'http://requestbin.fullcontact.com' for callback.",
      details: { reason: 'possible ssrf attempt' },
    });
  });

  it('INVALID_DATA without an operation, MISSING_REQUIRED_KEY without a module, INVALID_FIELD_NAME for a label', async () => {
    const noOperation = await sim.call('POST', '/crm/bulk/v2.1/write', {
      ...job(fileId),
      operation: undefined,
    });
    expect(noOperation.text).toBe(
      '{"status":"error","code":"INVALID_DATA","message":"Invalid data","details":{}}',
    );
    const noModule = await sim.call('POST', '/crm/bulk/v2.1/write', {
      operation: 'insert',
      resource: [{ type: 'data', file_id: fileId }],
    });
    expect(noModule.json.message).toBe('required key module is not found in request body.');
    const label = job(fileId);
    label.resource[0] = {
      ...label.resource[0],
      field_mappings: [{ api_name: 'Last Name', index: 0 }],
    } as (typeof label.resource)[0];
    const badName = await sim.call('POST', '/crm/bulk/v2.1/write', label);
    expect(badName.json).toMatchObject({
      code: 'INVALID_FIELD_NAME',
      message: 'invalid mapping. invalid api_name Last Name.',
    });
  });

  it('creates a job with 201, then refuses the used file with FILE_NOT_SUPPORTED', async () => {
    const created = await sim.call('POST', '/crm/bulk/v2.1/write', job(fileId));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status: 'success',
      code: 'SUCCESS',
      message: 'success',
      details: { created_by: { name: 'Patricia Boyle' } },
    });
    const again = await sim.call('POST', '/crm/bulk/v2.1/write', job(fileId));
    expect(again.text).toBe(
      '{"status":"error","code":"FILE_NOT_SUPPORTED","message":"File not supported for bulk write","details":{}}',
    );
  });

  it('job details: v2 names the module as a string, v2.1 as an object; unknown ids are RESOURCE_NOT_FOUND (400)', async () => {
    const v2File = await sim.upload('Last_Name,Mobile,Owner\nA,1,5725767000000225013\n');
    const v2Job = {
      operation: 'insert',
      resource: [{ type: 'data', module: 'Leads', file_id: v2File, field_mappings: mappings }],
    };
    const id = (await sim.call('POST', '/crm/bulk/v2/write', v2Job)).json.details.id;
    const v2 = await sim.call('GET', `/crm/bulk/v2/write/${id}`);
    expect(v2.json.resource[0].module).toBe('Leads');
    const v21 = await sim.call('GET', `/crm/bulk/v2.1/write/${id}`);
    expect(v21.json.resource[0].module).toMatchObject({ api_name: 'Leads' });
    const missing = await sim.call('GET', '/crm/bulk/v2.1/write/41508680000053');
    expect(missing.status).toBe(400);
    expect(missing.text).toBe(
      '{"status":"error","code":"RESOURCE_NOT_FOUND","message":"The requested resource doesn\'t exist.","details":{}}',
    );
  });

  it('gateway errors: INVALID_URL_PATTERN 404, INVALID_REQUEST_METHOD 400, AUTHENTICATION_FAILURE 401', async () => {
    const typo = await sim.call('GET', '/crm/bulk/v2.1/writ/4150868000005350003');
    expect(typo.status).toBe(404);
    expect(typo.text).toBe(
      '{"code":"INVALID_URL_PATTERN","details":{},"message":"Please check if the URL trying to access is a correct one","status":"error"}',
    );
    const put = await sim.call('PUT', '/crm/bulk/v2.1/write/4150868000005350003');
    expect(put.status).toBe(400);
    expect(put.json.code).toBe('INVALID_REQUEST_METHOD');
    const anonymous = await fetch(`${sim.sim.url}/crm/bulk/v2.1/write/1`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      code: 'AUTHENTICATION_FAILURE',
      message: 'Authentication failed',
    });
    const forged = await fetch(`${sim.sim.url}/crm/bulk/v2.1/write/1`, {
      headers: { Authorization: 'Zoho-oauthtoken 1000.not.issued' },
    });
    expect(forged.status).toBe(401);
    expect(await forged.text()).toBe(
      '{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}',
    );
  });

  it('bulk read without a JSON content type is MEDIA_TYPE_NOT_SUPPORTED (415) with details as an array', async () => {
    const response = await fetch(`${sim.sim.url}/crm/bulk/v2.1/read`, {
      method: 'POST',
      headers: sim.auth,
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toBe(
      '{"status":"error","code":"MEDIA_TYPE_NOT_SUPPORTED","message":"Media type is not supported.","details":["application/json"]}',
    );
  });
});
