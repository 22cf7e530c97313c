import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { FAMILY_FILES, familyResources, LEADS_CSV } from './parent-child-fixture';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
type Resources = ReturnType<typeof familyResources>;

describe('parent-child bulk write errors (HTTP 400, application envelope)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  async function create(change: (resources: Resources) => unknown[], files = FAMILY_FILES, version = 'v8') {
    const uploaded = await sim.uploadZip(files);
    const response = await sim.call('POST', `/crm/bulk/${version}/write`, {
      operation: 'insert',
      resource: change(familyResources(uploaded.details.file_id)),
    });
    return { status: response.status, code: response.json.code, message: response.json.message };
  }

  it('v2 and v2.1 refuse a zip of several CSVs, and several resources in one job', async () => {
    for (const version of ['v2', 'v2.1']) {
      expect((await sim.uploadZip(FAMILY_FILES, version)).code).toBe('INVALID_FILE_FORMAT');
      expect(await create((resources) => resources, FAMILY_FILES, version)).toMatchObject({
        status: 400,
        code: 'INVALID_DATA',
      });
    }
    expect((await sim.uploadZip(FAMILY_FILES, 'v8')).code).toBe('FILE_UPLOAD_SUCCESS');
  });

  it('needs file_names on every resource of a parent-child job', async () => {
    expect(
      await create(([leads, ...children]) => [{ ...leads, file_names: undefined }, ...children]),
    ).toEqual({
      status: 400,
      code: 'MANDATORY_NOT_FOUND',
      message: 'Required key file_names is not available',
    });
  });

  it('needs parent_column_index on the child mapping that names the parent', async () => {
    const [leads, visits] = familyResources('0');
    const unlinked = visits?.field_mappings.map((mapping) => ({
      ...mapping,
      parent_column_index: undefined,
    }));
    expect(await create(([parent, child]) => [parent, { ...child, field_mappings: unlinked }])).toEqual({
      status: 400,
      code: 'MANDATORY_NOT_FOUND',
      message: 'Required key parent_column_index is not available',
    });
    expect(leads).toBeDefined();
  });

  it('wants the parent first, children of that parent, one CSV per module and one file_id', async () => {
    expect(await create(([leads, visits]) => [visits, leads])).toMatchObject({ code: 'INVALID_DATA' });
    expect(await create(([leads, visits]) => [leads, visits, visits])).toMatchObject({
      code: 'INVALID_DATA',
    });
    expect(
      await create(([leads, visits]) => [
        {
          ...leads,
          module: { api_name: 'Contacts' },
          field_mappings: leads?.field_mappings.filter((mapping) => mapping.api_name !== 'Company'),
        },
        visits,
      ]),
    ).toMatchObject({ code: 'INVALID_DATA' });
    expect(
      await create(([leads, visits]) => [leads, { ...visits, file_id: '5725767000009999999' }]),
    ).toMatchObject({ code: 'INVALID_FILE_ID' });
  });

  it('names a CSV the zip does not hold: FILE_NOT_FOUND; a single resource on a zip of several CSVs needs file_names', async () => {
    expect(await create(([leads, visits]) => [leads, { ...visits, file_names: ['nope.csv'] }])).toMatchObject(
      { status: 400, code: 'FILE_NOT_FOUND' },
    );
    expect(await create(([leads]) => [{ ...leads, file_names: undefined }])).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
    });
  });

  it('keeps the parent column inside the parent CSV', async () => {
    expect(
      await create(([leads, visits]) => [
        leads,
        {
          ...visits,
          field_mappings: visits?.field_mappings.map((mapping) =>
            mapping.api_name === 'Parent_Id' ? { ...mapping, parent_column_index: 7 } : mapping,
          ),
        },
      ]),
    ).toMatchObject({ code: 'COLUMN_INDEX_NOT_FOUND' });
  });

  it('refuses a subform CSV of more than 200 rows (LIMIT_EXCEEDED)', async () => {
    const visits = `Lead_Ref,Visit_Date,Visit_Type,Notes\n${'L1,2026-01-05,Demo,x\n'.repeat(201)}`;
    const files = [
      { name: 'leads.csv', content: LEADS_CSV },
      { name: 'visits.csv', content: visits },
    ];
    expect(await create(([leads, child]) => [leads, child], files)).toMatchObject({
      status: 400,
      code: 'LIMIT_EXCEEDED',
    });
    const exactly200 = [files[0], { name: 'visits.csv', content: visits.replace(/L1,[^\n]*\n$/, '') }];
    expect((await create(([leads, child]) => [leads, child], exactly200 as typeof files)).status).toBe(201);
  });
});
