import 'server-only';
import { writeJobSchema } from './bulk-schemas';
import type { BulkWriteJob, BulkWriteResourceStatus } from './bulk-types';
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
    status: jobStatus(job.status),
    added: sum('added_count'),
    updated: sum('updated_count'),
    skipped: sum('skipped_count'),
    total: sum('total_count'),
    downloadUrl: job.result?.download_url,
    callbackUrl: job.callback?.url,
    resources: job.resource.map(
      (resource): BulkWriteResourceStatus => ({
        module: typeof resource.module === 'string' ? resource.module : (resource.module?.api_name ?? ''),
        status: toStatus(resource.status ?? job.status),
        fileName: resource.file?.name,
        added: resource.file?.added_count ?? 0,
        updated: resource.file?.updated_count ?? 0,
        skipped: resource.file?.skipped_count ?? 0,
        total: resource.file?.total_count ?? 0,
      }),
    ),
  };
}

function jobStatus(status: string): BulkWriteJob['status'] {
  const known = toStatus(status);
  return known === 'SKIPPED' ? 'IN_PROGRESS' : known;
}

const KNOWN = new Set(['ADDED', 'QUEUED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'SKIPPED']);

/**
 * Zoho writes INPROGRESS (seeds) or IN PROGRESS (docs); the schema has upper-cased it and spaces became _. A word
 * Zoho has never documented is read as "still running": polling goes on, and the job's own end says more.
 */
function toStatus(status: string): BulkWriteResourceStatus['status'] {
  if (status === 'INPROGRESS') return 'IN_PROGRESS';
  return KNOWN.has(status) ? (status as BulkWriteResourceStatus['status']) : 'IN_PROGRESS';
}
