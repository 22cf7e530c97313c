import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';

/** "Log out everywhere": every cookie issued so far for this admin stops working. */
export async function endAllSessions(options: { db: Db; adminId: string }): Promise<void> {
  await options.db
    .update(admins)
    .set({ sessionVersion: sql`${admins.sessionVersion} + 1` })
    .where(eq(admins.id, options.adminId));
}
