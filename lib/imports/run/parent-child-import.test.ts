import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { createBulkWriteJob } from '@/lib/zoho/create-bulk-write-job';
import { getDataCentre } from '@/lib/zoho/data-centres';
import { getBulkWriteJob } from '@/lib/zoho/get-bulk-write-job';
import { uploadBulkFile } from '@/lib/zoho/upload-bulk-file';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { refreshAccessToken } from '@/sim/test/sim-client';
import { buildFamilyRequest } from '../../zoho/parent-child-request';
import type { FamilyFile } from '../split/parent-child-csv';
import { zipFamily } from '../split/parent-child-zip';
import { type FamilyChunk, splitParentChild } from '../split/split-parent-child';

const LEADS = Array.from({ length: 12 }, (_, i) => `L${i},Lead ${i},Company ${i}`);
// Visits in mixed order; lead i has i % 3 visits; one orphan names a lead that is not in the file.
const VISITS = [
  ...Array.from({ length: 12 }, (_, i) =>
    i % 3 >= 1 ? [`L${i},2026-01-0${1 + (i % 9)},first of ${i}`] : [],
  ),
  ...Array.from({ length: 12 }, (_, i) => (i % 3 === 2 ? [`L${i},2026-02-01,second of ${i}`] : [])),
].flat();
const ORPHAN = 'L99,2026-03-01,orphan';
const LINKS = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `L${i},PRD-CLOUD` : `L${i},PRD-MIGRATE`));

function csvFile(text: string, columns: { index: number; apiName: string }[], keyHeader: string): FamilyFile {
  const bytes = new TextEncoder().encode(text);
  return {
    async *open() {
      yield bytes;
    },
    delimiter: ',',
    quoteChar: '"',
    headerRow: 1,
    hasHeader: true,
    columns,
    keyColumn: 0,
    keyHeader,
  };
}

async function until<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const value = await read();
    if (isDone(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('a parent-child import against the simulator (splitter → zip → lib/zoho verbs)', () => {
  let sim: RunningSimulator;
  let auth: ZohoAuth;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    process.env.SIM_URL = sim.url;
    resetEnvForTests();
    const token = await refreshAccessToken(sim.url);
    auth = { dataCentre: getDataCentre('sim'), apiDomain: sim.url, getAccessToken: async () => token };
  });
  afterAll(() => sim.close());

  it('attaches every subform row and product link to the right lead, over several chunks; the orphan is never sent', async () => {
    const chunks: FamilyChunk[] = [];
    const summary = await splitParentChild({
      parent: csvFile(
        `Ref,Name,Company\n${LEADS.join('\n')}\n`,
        [
          { index: 1, apiName: 'Last_Name' },
          { index: 2, apiName: 'Company' },
        ],
        'Ref',
      ),
      children: [
        {
          ...csvFile(
            `Lead,Date,Notes\n${[...VISITS.slice(0, 3), ORPHAN, ...VISITS.slice(3)].join('\n')}\n`,
            [
              { index: 1, apiName: 'Visit_Date' },
              { index: 2, apiName: 'Notes' },
            ],
            'Parent_Id',
          ),
          name: 'visits.csv',
          maxRecords: 200,
        },
        {
          ...csvFile(`Lead,Product\n${LINKS.join('\n')}\n`, [{ index: 1, apiName: 'Products' }], 'Leads'),
          name: 'links.csv',
          maxRecords: 25_000,
        },
      ],
      maxParentRecords: 5,
      maxBytes: 1 << 20,
      onChunk: async (chunk) => void chunks.push(chunk),
    });
    expect(summary.children[0]?.orphans).toEqual([5]);
    expect(chunks).toHaveLength(3);

    for (const chunk of chunks) {
      const zip = await zipFamily([
        { name: 'leads.csv', csv: chunk.parent.csv },
        ...chunk.children.filter((child) => child.recordNumbers.length > 0),
      ]);
      const fileId = await uploadBulkFile(auth, {
        apiVersion: 'v8',
        zgid: '808232144',
        zip: new Blob([new Uint8Array(zip)]),
        fileName: `chunk-${chunk.index}.zip`,
      });
      const request = buildFamilyRequest({
        operation: 'insert',
        fileId,
        childRecordCounts: chunk.children.map((child) => child.recordNumbers.length),
        parentKeyPosition: summary.parentKeyPosition,
        parent: {
          module: 'Leads',
          fileName: 'leads.csv',
          fieldMappings: [
            { api_name: 'Last_Name', index: 0 },
            { api_name: 'Company', index: 1 },
            { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
          ],
        },
        children: [
          {
            module: 'Visits',
            fileName: 'visits.csv',
            parentField: 'Parent_Id',
            keyPosition: summary.children[0]?.keyPosition ?? -1,
            fieldMappings: [
              { api_name: 'Visit_Date', index: 0, format: 'yyyy-MM-dd' },
              { api_name: 'Notes', index: 1 },
            ],
          },
          {
            module: 'Leads_X_Products',
            fileName: 'links.csv',
            parentField: 'Leads',
            keyPosition: summary.children[1]?.keyPosition ?? -1,
            fieldMappings: [{ api_name: 'Products', index: 0, find_by: 'Product_Code' }],
          },
        ],
      });
      const jobId = await createBulkWriteJob(auth, { apiVersion: 'v8', request });
      const job = await until(
        () => getBulkWriteJob(auth, { apiVersion: 'v8', jobId }),
        (value) => value.status === 'COMPLETED',
      );
      expect(job.skipped).toBe(0);
      expect(job.resources.map((resource) => [resource.module, resource.added])).toEqual([
        ['Leads', chunk.parent.recordNumbers.length],
        ...chunk.children
          .map((child, i) => [i === 0 ? 'Visits' : 'Leads_X_Products', child.recordNumbers.length] as const)
          .filter(([, count]) => count > 0),
      ]);
    }

    const response = await fetch(`${sim.url}/__sim/records/Leads`);
    type Lead = {
      Last_Name: string;
      Visits: { Notes: string }[];
      Interested_Products: { Products: { name: string } }[];
    };
    const leads = ((await response.json()) as { records: Lead[] }).records;
    for (let i = 0; i < 12; i += 1) {
      const lead = leads.find((record) => record.Last_Name === `Lead ${i}`);
      const expectedVisits = [`first of ${i}`, `second of ${i}`].slice(0, i % 3);
      expect(lead?.Visits.map((visit) => visit.Notes).sort()).toEqual(expectedVisits);
      expect(lead?.Interested_Products.map((link) => link.Products.name)).toEqual([
        i % 2 === 0 ? 'Fieldmap Cloud' : 'Migration Service',
      ]);
    }
    const visits = (await (await fetch(`${sim.url}/__sim/records/Visits`)).json()) as {
      records: { Notes: string }[];
    };
    expect(visits.records.map((visit) => visit.Notes)).not.toContain('orphan');
    expect(visits.records).toHaveLength(VISITS.length);
  });
});
