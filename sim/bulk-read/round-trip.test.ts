import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { exportJob } from './export-job';
import { importJob } from './import-job';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

// Written in the forms Zoho exports (ISO dates, org-zone datetimes, true/false, a;b), so equal means unchanged.
const WRITTEN = `Last_Name,Email,Phone,Lead_Source,Interests,Preferred_Contact_Date,Last_Webinar,No_of_Employees,Annual_Revenue,Email_Opt_Out,Owner.email,Description
Okafor,chidi@roundtrip.test,+44 20 7946 0001,Advertisement,Analytics;Mobile,2025-02-28,2025-03-01T09:30:00-08:00,12,1500.5,true,ravi.kumar@sandbox.example.com,"Line one
line two, with a comma and ""quotes"""
Lindqvist,astrid@roundtrip.test,,Chat,,,,0,,false,maria.garcia@sandbox.example.com,
Søren Ærø,soren@roundtrip.test,555-0100,Web Research,Support,1999-12-31,2024-07-04T23:59:59-07:00,999999999,0.01,false,patricia.boyle@sandbox.example.com,ünïcødé ✓
`;
const COLUMNS = WRITTEN.split('\n')[0]?.split(',') ?? [];

describe('import then export (bulk write, then bulk read, over HTTP)', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it('exports exactly the records written: same ids, same values, nothing else', async () => {
    const mappings = COLUMNS.map((column, index) =>
      column === 'Owner.email' ? { api_name: 'Owner', index, find_by: 'email' } : { api_name: column, index },
    );
    const result = await importJob(sim, 'Leads', WRITTEN, mappings);
    expect(result.map((row) => [row.STATUS, row.ERRORS])).toEqual([
      ['ADDED', ''],
      ['ADDED', ''],
      ['ADDED', ''],
    ]);

    const exported = await exportJob(sim, {
      query: {
        module: { api_name: 'Leads' },
        fields: COLUMNS,
        criteria: { field: { api_name: 'Email' }, comparator: 'ends_with', value: '@roundtrip.test' },
      },
    });
    const written = Papa.parse<Record<string, string>>(WRITTEN, { header: true, skipEmptyLines: true }).data;
    expect(exported.rows.meta.fields).toEqual(['id', ...COLUMNS]);
    expect(exported.rows.data).toEqual(
      written.map((row, index) => ({ id: result[index]?.RECORD_ID, ...row })),
    );
  });
});
