import 'server-only';
import { uploadResponseSchema } from './bulk-schemas';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';

/** Uploads one zip (≤ 25 MB) for bulk write; returns Zoho's file id. */
export async function uploadBulkFile(
  auth: ZohoAuth,
  options: { apiVersion: string; zgid: string; zip: Blob; fileName: string },
): Promise<string> {
  const body = new FormData();
  body.append('file', options.zip, options.fileName);
  const response = await zohoJson(
    auth,
    {
      method: 'POST',
      url: `${auth.dataCentre.uploadUrl}/crm/${options.apiVersion}/upload`,
      body,
      headers: { feature: 'bulk-write', 'X-CRM-ORG': options.zgid },
      isIdempotent: true,
    },
    uploadResponseSchema,
  );
  return response.details.file_id;
}
