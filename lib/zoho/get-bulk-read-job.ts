import 'server-only';
import { readJobSchema } from './bulk-schemas';
import type { BulkReadJob } from './bulk-types';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';

export async function getBulkReadJob(
  auth: ZohoAuth,
  options: { apiVersion: string; jobId: string },
): Promise<BulkReadJob> {
  const { data } = await zohoJson(
    auth,
    { url: `/crm/bulk/${options.apiVersion}/read/${options.jobId}` },
    readJobSchema,
  );
  const job = data[0];
  if (!job) throw new Error('Zoho returned no job');
  return {
    id: job.id,
    state: job.state as BulkReadJob['state'],
    page: job.result?.page,
    count: job.result?.count,
    moreRecords: job.result?.more_records ?? false,
    nextPageToken: job.result?.next_page_token,
    downloadUrl: job.result?.download_url,
    errorMessage: job.result?.error_message?.message,
  };
}
