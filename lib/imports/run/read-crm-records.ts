import 'server-only';
import Papa from 'papaparse';
import { createBulkReadJob } from '@/lib/zoho/create-bulk-read-job';
import { downloadBulkResult } from '@/lib/zoho/download-bulk-result';
import { getBulkReadJob } from '@/lib/zoho/get-bulk-read-job';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { readZipEntries } from '../collect/read-zip-entries';

export type ReadOptions = {
  apiVersion: string;
  module: string;
  fields: string[];
  criteria: unknown;
  /** First and longest wait between looks at the job (doubling in between). */
  pollMs: { first: number; max: number };
  /** How long one job may take before the read gives up (Zoho's jobs normally finish in seconds). */
  timeoutMs: number;
  signal?: AbortSignal;
};

/** Every record one bulk read query finds (all its pages), as rows keyed by the requested api_names. */
export async function readCrmRecords(
  auth: ZohoAuth,
  options: ReadOptions,
): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  let next: { page?: number; page_token?: string } = { page: 1 };
  for (;;) {
    const query = next.page_token
      ? { page_token: next.page_token }
      : { module: { api_name: options.module }, fields: options.fields, criteria: options.criteria, ...next };
    const jobId = await createBulkReadJob(auth, { apiVersion: options.apiVersion, query });
    const job = await waitForJob(auth, options, jobId);
    const body = await downloadBulkResult(auth, {
      url: job.downloadUrl ?? `/crm/bulk/${options.apiVersion}/read/${jobId}/result`,
    });
    const [entry] = await readZipEntries(Buffer.from(await new Response(body).arrayBuffer()));
    const parsed = Papa.parse<Record<string, string>>(entry?.content.toString('utf8') ?? '', {
      header: true,
      skipEmptyLines: 'greedy',
    });
    records.push(...parsed.data);
    if (!job.moreRecords) return records;
    next = job.nextPageToken ? { page_token: job.nextPageToken } : { page: (job.page ?? 1) + 1 };
  }
}

async function waitForJob(auth: ZohoAuth, options: ReadOptions, jobId: string) {
  const deadline = Date.now() + options.timeoutMs;
  let delay = options.pollMs.first;
  for (;;) {
    options.signal?.throwIfAborted();
    const job = await getBulkReadJob(auth, { apiVersion: options.apiVersion, jobId });
    if (job.state === 'COMPLETED') return job;
    if (job.state === 'FAILURE')
      throw new ZohoError(
        'READ_FAILED',
        200,
        `Zoho could not run the read (job ${jobId}): ${job.errorMessage ?? 'the job failed'}`,
        'Check again; if it keeps failing, look the rows up in Zoho CRM.',
      );
    if (Date.now() + delay > deadline)
      throw new ZohoError(
        'READ_TIMED_OUT',
        200,
        `Zoho had not finished the read (job ${jobId}) after ${Math.round(options.timeoutMs / 1000)} seconds`,
        'Check again in a few minutes.',
      );
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(options.pollMs.max, delay * 2);
  }
}
