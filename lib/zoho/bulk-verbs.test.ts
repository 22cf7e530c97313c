import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { refreshAccessToken } from '@/sim/test/sim-client';
import { readZip } from '@/sim/zip/read-zip';
import { writeZip } from '@/sim/zip/write-zip';
import { createBulkReadJob } from './create-bulk-read-job';
import { createBulkWriteJob } from './create-bulk-write-job';
import { getDataCentre } from './data-centres';
import { downloadBulkResult } from './download-bulk-result';
import { getBulkReadJob } from './get-bulk-read-job';
import { getBulkWriteJob } from './get-bulk-write-job';
import { uploadBulkFile } from './upload-bulk-file';
import type { ZohoAuth } from './zoho-auth';
import { ZohoError } from './zoho-error';

async function unzipText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const buffer = Buffer.from(await new Response(stream).arrayBuffer());
  return (await readZip(buffer))[0]?.content.toString('utf8') ?? '';
}

async function until<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read();
    if (isDone(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('timed out');
}

describe('typed bulk verbs against the simulator', () => {
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

  it('uploads, creates a write job, follows it to COMPLETED and downloads the per-row result', async () => {
    const zip = await writeZip([
      {
        name: 'deals.csv',
        content: 'Deal,Stage,Close\nBig one,Qualification,2027-03-01\nNo stage,,2027-03-01\n',
      },
    ]);
    const fileId = await uploadBulkFile(auth, {
      apiVersion: 'v8',
      zgid: '808232144',
      zip: new Blob([new Uint8Array(zip)]),
      fileName: 'deals.zip',
    });
    const jobId = await createBulkWriteJob(auth, {
      apiVersion: 'v8',
      request: {
        operation: 'insert',
        resource: [
          {
            type: 'data',
            module: { api_name: 'Deals' },
            file_id: fileId,
            field_mappings: [
              { api_name: 'Deal_Name', index: 0 },
              { api_name: 'Stage', index: 1 },
              { api_name: 'Closing_Date', index: 2, format: 'yyyy-MM-dd' },
              { api_name: 'Owner', default_value: { value: '5725767000000225013' } },
            ],
          },
        ],
      },
    });
    const job = await until(
      () => getBulkWriteJob(auth, { apiVersion: 'v8', jobId }),
      (value) => value.status === 'COMPLETED',
    );
    expect(job).toMatchObject({ added: 1, skipped: 1, total: 2 });
    const result = await unzipText(await downloadBulkResult(auth, { url: job.downloadUrl ?? '' }));
    expect(result).toContain('MANDATORY_NOT_FOUND-Stage');
  });

  it('refuses a download URL on a host outside the connection’s data centre, before calling it', async () => {
    await expect(
      downloadBulkResult(auth, { url: 'https://evil.example.com/steal.zip' }),
    ).rejects.toMatchObject({ code: 'HOST_NOT_ALLOWED' });
  });

  it('turns Zoho’s error body into a ZohoError that says what to do', async () => {
    const error = await createBulkWriteJob(auth, {
      apiVersion: 'v2.1',
      request: {
        operation: 'insert',
        resource: [
          {
            type: 'data',
            module: { api_name: 'Leads' },
            file_id: '5725767000010099999',
            field_mappings: [{ api_name: 'Last_Name', index: 0 }],
          },
        ],
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'MANDATORY_FIELDS_NOT_MAPPED', httpStatus: 400 });
    expect((error as ZohoError).advice).toMatch(/Map the missing mandatory fields/);
  });

  it('runs a bulk read to its download', async () => {
    const jobId = await createBulkReadJob(auth, {
      apiVersion: 'v8',
      query: { module: { api_name: 'Deals' }, fields: ['Deal_Name', 'Stage'] },
    });
    const job = await until(
      () => getBulkReadJob(auth, { apiVersion: 'v8', jobId }),
      (value) => value.state === 'COMPLETED',
    );
    expect(job.moreRecords).toBe(false);
    const csv = await unzipText(await downloadBulkResult(auth, { url: job.downloadUrl ?? '' }));
    expect(csv.split(/\r?\n/)[0]).toBe('id,Deal_Name,Stage');
    expect(csv).toContain('Big one,Qualification');
  });
});
