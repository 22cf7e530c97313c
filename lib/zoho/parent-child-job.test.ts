import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { refreshAccessToken } from '@/sim/test/sim-client';
import { writeZip } from '@/sim/zip/write-zip';
import { writeJobSchema } from './bulk-schemas';
import type { BulkWriteRequest } from './bulk-types';
import { createBulkWriteJob } from './create-bulk-write-job';
import { getDataCentre } from './data-centres';
import { getBulkWriteJob } from './get-bulk-write-job';
import { uploadBulkFile } from './upload-bulk-file';
import type { ZohoAuth } from './zoho-auth';

async function until<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const value = await read();
    if (isDone(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('parent-child bulk write through the typed verbs', () => {
  let sim: RunningSimulator;
  let auth: ZohoAuth;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, rowsPerSecond: 40 });
    process.env.SIM_URL = sim.url;
    resetEnvForTests();
    const token = await refreshAccessToken(sim.url);
    auth = { dataCentre: getDataCentre('sim'), apiDomain: sim.url, getAccessToken: async () => token };
  });
  afterAll(() => sim.close());

  it('sends file_names and parent_column_index, and reads each resource’s own status and counts', async () => {
    const zip = await writeZip([
      { name: 'leads.csv', content: 'Ref,Last_Name\nA,Ada\nB,Grace\n' },
      { name: 'visits.csv', content: 'Lead,Notes\nA,one\nA,two\nB,three\nZ,orphan\n' },
    ]);
    const fileId = await uploadBulkFile(auth, {
      apiVersion: 'v8',
      zgid: '808232144',
      zip: new Blob([new Uint8Array(zip)]),
      fileName: 'family.zip',
    });
    const request: BulkWriteRequest = {
      operation: 'insert',
      resource: [
        {
          type: 'data',
          module: { api_name: 'Leads' },
          file_id: fileId,
          file_names: ['leads.csv'],
          field_mappings: [
            { api_name: 'Last_Name', index: 1 },
            { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
          ],
        },
        {
          type: 'data',
          module: { api_name: 'Visits' },
          file_id: fileId,
          file_names: ['visits.csv'],
          field_mappings: [
            { api_name: 'Parent_Id', index: 0, parent_column_index: 0 },
            { api_name: 'Notes', index: 1 },
          ],
        },
      ],
    };
    const jobId = await createBulkWriteJob(auth, { apiVersion: 'v8', request });
    const parentDone = await until(
      () => getBulkWriteJob(auth, { apiVersion: 'v8', jobId }),
      (job) => job.resources[0]?.status === 'COMPLETED',
    );
    expect(parentDone.status).toBe('IN_PROGRESS');
    expect(parentDone.resources[1]?.status).not.toBe('COMPLETED');
    const done = await until(
      () => getBulkWriteJob(auth, { apiVersion: 'v8', jobId }),
      (job) => job.status === 'COMPLETED',
    );
    expect(done.resources).toEqual([
      {
        module: 'Leads',
        status: 'COMPLETED',
        fileName: 'leads.csv',
        added: 2,
        updated: 0,
        skipped: 0,
        total: 2,
      },
      {
        module: 'Visits',
        status: 'COMPLETED',
        fileName: 'visits.csv',
        added: 3,
        updated: 0,
        skipped: 1,
        total: 4,
      },
    ]);
    expect(done).toMatchObject({ added: 5, skipped: 1, total: 6 });
  });

  it('parses the reference’s parent-child sample response (seed 003), v2 string modules and IN PROGRESS', () => {
    const parsed = writeJobSchema.parse({
      id: '1',
      status: 'IN PROGRESS',
      resource: [
        {
          status: 'COMPLETED',
          module: { api_name: 'Leads', id: '3' },
          code: 'COMPLETED',
          file: {
            status: 'COMPLETED',
            name: 'bulk_write_leads.csv',
            added_count: 100,
            skipped_count: 0,
            updated_count: 0,
            total_count: 100,
          },
        },
        { status: 'INPROGRESS', module: 'Secondary', code: 'INPROGRESS' },
      ],
    });
    expect(parsed.status).toBe('IN_PROGRESS');
    expect(
      parsed.resource.map((resource) => [resource.status, resource.module, resource.file?.name]),
    ).toEqual([
      ['COMPLETED', { api_name: 'Leads' }, 'bulk_write_leads.csv'],
      ['INPROGRESS', 'Secondary', undefined],
    ]);
  });
});
