import 'server-only';
import type { ZohoAuth } from './zoho-auth';
import { zohoJson } from './zoho-fetch';
import { usersPageSchema } from './zoho-schemas';

export type CrmUser = { id: string; email: string; name: string; isActive: boolean };

/** Zoho's largest users page; `info.more_records` says whether another follows. */
const PER_PAGE = 200;
/** 100,000 users: far past any org, and an end to the loop should Zoho keep saying "more". */
const MAX_PAGES = 500;

/** The org's users, every page of them: what an Owner column's ids or e-mails must match. */
export async function listUsers(auth: ZohoAuth, options: { apiVersion: string }): Promise<CrmUser[]> {
  const all: CrmUser[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { users, info } = await zohoJson(
      auth,
      { url: `/crm/${options.apiVersion}/users?type=AllUsers&page=${page}&per_page=${PER_PAGE}` },
      usersPageSchema,
    );
    for (const user of users)
      all.push({
        id: user.id,
        email: user.email,
        name: user.full_name ?? user.email,
        isActive: user.status !== 'inactive',
      });
    if (!info?.more_records || users.length === 0) break;
  }
  return all;
}
