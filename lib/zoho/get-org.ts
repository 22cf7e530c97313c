import 'server-only';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { orgResponseSchema, usersResponseSchema } from './zoho-schemas';

export type ZohoOrg = { orgId: string; zgid: string; orgName: string; timeZone?: string; userEmail: string };

/** The org and the connected user, read right after connecting (and by "Test connection"). */
export async function getOrg(auth: ZohoAuth, options: { apiVersion: string }): Promise<ZohoOrg> {
  const [{ org }, { users }] = await Promise.all([
    zohoJson(auth, { url: `/crm/${options.apiVersion}/org` }, orgResponseSchema),
    zohoJson(auth, { url: `/crm/${options.apiVersion}/users?type=CurrentUser` }, usersResponseSchema),
  ]);
  const first = org[0];
  const user = users[0];
  if (!first || !user) throw new Error('Zoho returned no org or user');
  return {
    orgId: first.id,
    zgid: first.zgid,
    orgName: first.company_name ?? first.zgid,
    timeZone: first.time_zone,
    userEmail: user.email,
  };
}
