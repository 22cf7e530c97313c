import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins, apiTokens } from '@/lib/db/schema';
import type { ApiTokenItem } from './api-token-schemas';
import { toApiTokenItem } from './to-api-token-item';

/** Every admin's tokens, newest first (all admins can do everything, so all see all). */
export async function listApiTokens({ db }: { db: Db }): Promise<ApiTokenItem[]> {
  const rows = await db
    .select({ token: apiTokens, createdByName: admins.name })
    .from(apiTokens)
    .leftJoin(admins, eq(admins.id, apiTokens.adminId))
    .orderBy(desc(apiTokens.createdAt));
  const now = new Date();
  return rows.map((row) => toApiTokenItem(row.token, row.createdByName, now));
}
