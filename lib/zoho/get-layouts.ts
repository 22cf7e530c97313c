import 'server-only';
import type { CrmLayout } from '@/lib/crm/crm-field';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { layoutsResponseSchema } from './zoho-schemas';

/** Layouts with their required fields: Zoho's mandatory-field check uses the layout, not field metadata. */
export async function getLayouts(
  auth: ZohoAuth,
  options: { apiVersion: string; module: string },
): Promise<CrmLayout[]> {
  const url = `/crm/${options.apiVersion}/settings/layouts?module=${encodeURIComponent(options.module)}`;
  const { layouts } = await zohoJson(auth, { url }, layoutsResponseSchema);
  return layouts.map((layout) => ({
    id: layout.id,
    name: layout.name,
    mandatoryFields: layout.sections.flatMap((section) =>
      section.fields.filter((field) => field.required).map((field) => field.api_name),
    ),
  }));
}
