import 'server-only';
import { writeJobSchema } from './bulk-schemas';
import type { BulkWriteJob } from './bulk-types';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';

export async function getBulkWriteJob(
  auth: ZohoAuth,
  options: { apiVersion: string; jobId: string },
): Promise<BulkWriteJob> {
  const job = await zohoJson(
    auth,
    { url: `/crm/bulk/${options.apiVersion}/write/${options.jobId}` },
    writeJobSchema,
  );
  const counts = job.resource.map((resource) => resource.file);
  const sum = (key: 'added_count' | 'updated_count' | 'skipped_count' | 'total_count') =>
    counts.reduce((total, file) => total + (file?.[key] ?? 0), 0);
  return {
    id: job.id,
    status: job.status === 'INPROGRESS' ? 'IN_PROGRESS' : (job.status as BulkWriteJob['status']),
    added: sum('added_count'),
    updated: sum('updated_count'),
    skipped: sum('skipped_count'),
    total: sum('total_count'),
    downloadUrl: job.result?.download_url,
  };
}
