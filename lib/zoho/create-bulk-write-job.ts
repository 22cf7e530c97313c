import 'server-only';
import { createWriteResponseSchema } from './bulk-schemas';
import type { BulkWriteRequest } from './bulk-types';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';

/** Creates the job once; never retried after a 5xx, since Zoho may have made it (the caller reconciles). */
export async function createBulkWriteJob(
  auth: ZohoAuth,
  options: { apiVersion: string; request: BulkWriteRequest },
): Promise<string> {
  const response = await zohoJson(
    auth,
    {
      method: 'POST',
      url: `/crm/bulk/${options.apiVersion}/write`,
      json: options.request,
      isIdempotent: false,
    },
    createWriteResponseSchema,
  );
  return response.details.id;
}
