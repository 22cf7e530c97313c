import 'server-only';
import { createReadResponseSchema } from './bulk-schemas';
import type { BulkReadQuery } from './bulk-types';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';

export async function createBulkReadJob(
  auth: ZohoAuth,
  options: { apiVersion: string; query: BulkReadQuery; fileType?: 'csv' | 'ics'; callbackUrl?: string },
): Promise<string> {
  const json = {
    query: options.query,
    ...(options.fileType === 'ics' ? { file_type: 'ics' } : {}),
    ...(options.callbackUrl ? { callback: { url: options.callbackUrl, method: 'post' } } : {}),
  };
  const response = await zohoJson(
    auth,
    { method: 'POST', url: `/crm/bulk/${options.apiVersion}/read`, json, isIdempotent: false },
    createReadResponseSchema,
  );
  return response.data[0]?.details.id ?? '';
}
