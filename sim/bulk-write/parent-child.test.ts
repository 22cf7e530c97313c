import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { FAMILY_FILES, familyResources } from './parent-child-fixture';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
type Row = Record<string, string>;

describe('parent-child bulk write (one zip, one job, children tied by parent_column_index)', () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(() => sim.close());

  async function runFamily() {
    const uploaded = await sim.uploadZip(FAMILY_FILES);
    const created = await sim.call('POST', '/crm/bulk/v8/write', {
      operation: 'insert',
      resource: familyResources(uploaded.details.file_id),
    });
    expect(created.status).toBe(201);
    return created.json.details.id as string;
  }

  it('attaches every subform row, product link and assistant to the right lead; an orphan row is skipped', async () => {
    const jobId = await runFamily();
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${jobId}`),
      (job) => job.json.status === 'COMPLETED',
    );
    const [leads, visits, links, assistants] = done.json.resource;
    expect(leads.file).toMatchObject({ name: 'leads.csv', added_count: 3, skipped_count: 0, total_count: 3 });
    expect(visits.file).toMatchObject({
      name: 'visits.csv',
      added_count: 3,
      skipped_count: 1,
      total_count: 4,
    });
    expect(links.file).toMatchObject({ name: 'links.csv', added_count: 3, skipped_count: 0, total_count: 3 });
    expect(assistants.file).toMatchObject({ name: 'assistants.csv', added_count: 2, skipped_count: 1 });
    expect(visits.module.api_name).toBe('Visits');
    expect(visits.field_mappings.find((m: Row) => m.api_name === 'Parent_Id').parent_column_index).toBe(0);
    expect(visits.field_mappings.find((m: Row) => m.api_name === 'Notes').parent_column_index).toBeNull();

    const results = await sim.downloadAll(done.json.result.download_url);
    expect([...results.keys()].sort()).toEqual([
      'Leads-leads.csv',
      'Leads_X_Products-links.csv',
      'Leads_X_Users-assistants.csv',
      'Visits-visits.csv',
    ]);
    const assistantRows = Papa.parse<Row>(results.get('Leads_X_Users-assistants.csv') ?? '', {
      header: true,
    }).data;
    expect(assistantRows.map((row) => [row.Assistant, row.STATUS, row.ERRORS])).toEqual([
      ['ravi.kumar@sandbox.example.com', 'ADDED', ''],
      ['maria.garcia@sandbox.example.com', 'ADDED', ''],
      ['nobody@example.com', 'SKIPPED', 'INVALID_DATA-Users'],
    ]);
    const visitRows = Papa.parse<Row>(results.get('Visits-visits.csv') ?? '', { header: true }).data;
    expect(visitRows.map((row) => [row.Lead_Ref, row.STATUS, row.ERRORS])).toEqual([
      ['L1', 'ADDED', ''],
      ['L1', 'ADDED', ''],
      ['L3', 'ADDED', ''],
      ['L9', 'SKIPPED', 'INVALID_DATA-Parent_Id'],
    ]);

    const records = (await sim.call('GET', '/__sim/records/Leads')).json.records as Row[] &
      {
        Visits: Row[];
      }[];
    // biome-ignore lint/suspicious/noExplicitAny: the record shape is Zoho's JSON; the assertions check it.
    const lead = (name: string): any => records.find((record) => record.Last_Name === name);
    expect(lead('Lovelace').Visits.map((visit: Row) => visit.Notes)).toEqual(['first', 'second']);
    expect(lead('Hopper').Visits).toEqual([]);
    expect(lead('Turing').Visits.map((visit: Row) => visit.Notes)).toEqual(['only']);
    expect(lead('Turing').Visits[0].Parent_Id.id).toBe(lead('Turing').id);
    const productNames = (name: string) =>
      lead(name).Interested_Products.map((link: { Products: { name: string } }) => link.Products.name);
    expect(productNames('Lovelace')).toEqual(['Fieldmap Cloud']);
    expect(productNames('Hopper')).toEqual(['Fieldmap Cloud', 'Migration Service']);
    expect(productNames('Turing')).toEqual([]);
    const assistantNames = (name: string) =>
      lead(name).Assistants.map((link: { Users: { name: string } }) => link.Users.name);
    expect(assistantNames('Lovelace')).toEqual(['Ravi Kumar', 'Maria Garcia']);
    expect(assistantNames('Turing')).toEqual([]);
  });

  it('reports each resource on its own: a child can still be INPROGRESS when the parent is COMPLETED', async () => {
    await sim.call('POST', '/__sim/settings', { rowsPerSecond: 20 });
    const jobId = await runFamily();
    const seen = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${jobId}`),
      (job) => job.json.resource[0].status === 'COMPLETED',
    );
    expect(seen.json.status).toBe('INPROGRESS');
    expect(seen.json.resource[0].file.added_count).toBe(3);
    expect(seen.json.resource.slice(1).map((resource: Row) => resource.status)).not.toEqual([
      'COMPLETED',
      'COMPLETED',
    ]);
    expect(seen.json.result).toBeUndefined();
  });

  it('exports subform rows with bulk read of the subform module, each naming its parent in Parent_Id', async () => {
    const jobId = await runFamily();
    await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/write/${jobId}`),
      (job) => job.json.status === 'COMPLETED',
    );
    const read = await sim.call('POST', '/crm/bulk/v8/read', {
      query: { module: { api_name: 'Visits' }, fields: ['Parent_Id', 'Parent_Id.Last_Name', 'Notes'] },
    });
    expect(read.status).toBe(201);
    const done = await sim.waitFor(
      () => sim.call('GET', `/crm/bulk/v8/read/${read.json.data[0].details.id}`),
      (job) => job.json.data[0].state === 'COMPLETED',
    );
    const csv = await sim.download(done.json.data[0].result.download_url);
    const rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => [row['Parent_Id.Last_Name'], row.Notes])).toEqual([
      ['Lovelace', 'first'],
      ['Lovelace', 'second'],
      ['Turing', 'only'],
    ]);
  });

  it('describes the subform, the multi-select and the multi-user lookup in metadata, as Zoho does', async () => {
    const fields = (await sim.call('GET', '/crm/v8/settings/fields?module=Leads')).json.fields as Row[];
    expect(fields.find((field) => field.api_name === 'Visits')).toMatchObject({
      data_type: 'subform',
      subform: { module: 'Visits' },
    });
    expect(fields.find((field) => field.api_name === 'Interested_Products')).toMatchObject({
      data_type: 'multiselectlookup',
      multiselectlookup: { linking_module: { api_name: 'Leads_X_Products' } },
    });
    expect(fields.find((field) => field.api_name === 'Assistants')).toMatchObject({
      data_type: 'multiuserlookup',
      multiuserlookup: { linking_module: 'Leads_X_Users' },
    });
    const linking = (await sim.call('GET', '/crm/v8/settings/fields?module=Leads_X_Users')).json
      .fields as Row[];
    expect(linking.find((field) => field.api_name === 'Users')?.data_type).toBe('userlookup');
    const modules = (await sim.call('GET', '/crm/v8/settings/modules')).json.modules as Row[];
    expect(modules.find((module) => module.api_name === 'Visits')?.generated_type).toBe('subform');
    expect(modules.find((module) => module.api_name === 'Leads_X_Products')?.generated_type).toBe('linking');
  });
});
