import 'server-only';
import type { CrmModule } from '@/lib/crm/crm-field';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { modulesResponseSchema } from './zoho-schemas';

// Zoho's bulk write limitations: these modules take no bulk write jobs.
const NO_BULK_WRITE = new Set([
  'Users',
  'Quotes',
  'Invoices',
  'Sales_Orders',
  'Purchase_Orders',
  'Notes',
  'Attachments',
  'Calls',
  'Events',
  'Emails',
]);
const NO_BULK_READ = new Set(['Notes', 'Attachments', 'Emails', 'Users']);

export async function listModules(auth: ZohoAuth, options: { apiVersion: string }): Promise<CrmModule[]> {
  const { modules } = await zohoJson(
    auth,
    { url: `/crm/${options.apiVersion}/settings/modules` },
    modulesResponseSchema,
  );
  return modules
    .filter((module) => module.api_supported !== false && (module.status ?? 'visible') === 'visible')
    .map((module) => {
      const isRegular =
        module.generated_type === undefined ||
        module.generated_type === 'default' ||
        module.generated_type === 'custom';
      return {
        apiName: module.api_name,
        label: module.plural_label,
        canBulkWrite: isRegular && module.creatable !== false && !NO_BULK_WRITE.has(module.api_name),
        canBulkRead: isRegular && !NO_BULK_READ.has(module.api_name),
        isCustom: module.generated_type === 'custom',
      };
    });
}
