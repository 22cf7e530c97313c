import 'server-only';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { usersResponseSchema } from './zoho-schemas';

export type CrmUser = { id: string; email: string; name: string; isActive: boolean };

/** The org's users: what an Owner column's ids or e-mails must match. */
export async function listUsers(auth: ZohoAuth, options: { apiVersion: string }): Promise<CrmUser[]> {
  const { users } = await zohoJson(
    auth,
    { url: `/crm/${options.apiVersion}/users?type=AllUsers` },
    usersResponseSchema,
  );
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.full_name ?? user.email,
    isActive: user.status !== 'inactive',
  }));
}
