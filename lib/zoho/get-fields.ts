import 'server-only';
import type { CrmField } from '@/lib/crm/crm-field';
import { toCrmField } from './to-crm-field';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { fieldsResponseSchema } from './zoho-schemas';

export async function getFields(
  auth: ZohoAuth,
  options: { apiVersion: string; module: string },
): Promise<CrmField[]> {
  const url = `/crm/${options.apiVersion}/settings/fields?module=${encodeURIComponent(options.module)}`;
  const { fields } = await zohoJson(auth, { url }, fieldsResponseSchema);
  return fields.filter((field) => field.data_type !== 'layout').map(toCrmField);
}
