import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

// Codes from Zoho's create-job error table (seed 003) that the captures in seeds 000/001/004 don't show.
describe('bulk write create: documented errors', () => {
  let sim: Sim;
  let fileId: string;
  beforeAll(async () => {
    sim = await startTestSimulator();
    fileId = await sim.upload('Last_Name,Email\nHopper,grace@navy.example\n');
  });
  afterAll(() => sim.close());

  const create = (resource: Record<string, unknown>, operation = 'insert') =>
    sim.call('POST', '/crm/bulk/v8/write', {
      operation,
      resource: [{ type: 'data', module: { api_name: 'Contacts' }, file_id: fileId, ...resource }],
    });
  const error = (code: string, message: string) => ({ status: 'error', code, message, details: {} });

  it('MODULE_NOT_AVAILABLE for a module the org does not have', async () => {
    const answer = await create({ module: { api_name: 'asdf' } });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(error('MODULE_NOT_AVAILABLE', "Requested module 'asdf' is not available."));
  });

  it('MANDATORY_NOT_FOUND when an update has no find_by', async () => {
    const answer = await create({}, 'update');
    expect(answer.json).toEqual(error('MANDATORY_NOT_FOUND', 'Required key find_by is not available'));
  });

  it('COLUMN_INDEX_NOT_FOUND for a negative index; HEADER_LIMIT_EXCEEDED over 200 mapped fields', async () => {
    const negative = await create({ field_mappings: [{ api_name: 'Last_Name', index: -1 }] });
    expect(negative.json.code).toBe('COLUMN_INDEX_NOT_FOUND');
    const beyond = await create({
      field_mappings: [
        { api_name: 'Last_Name', index: 2 },
        { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
      ],
    });
    expect(beyond.json).toEqual(
      error('COLUMN_INDEX_NOT_FOUND', 'column index 2 for Last_Name is not found.'),
    );
    const many = Array.from({ length: 201 }, (_, index) => ({ api_name: 'Last_Name', index }));
    const tooMany = await create({ field_mappings: many });
    expect(tooMany.json.code).toBe('HEADER_LIMIT_EXCEEDED');
  });

  it('INVALID_FILE_ID for a malformed id, FILE_NOT_SUPPORTED for an unknown one; nothing is consumed', async () => {
    expect((await create({ file_id: 'abc' })).json).toEqual(error('INVALID_FILE_ID', 'improper file id'));
    expect((await create({ file_id: '1234567890123456789' })).json).toEqual(
      error('FILE_NOT_SUPPORTED', 'File not supported for bulk write'),
    );
    expect((await create({})).status).toBe(201);
  });
});
