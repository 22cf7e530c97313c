import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';

export async function hasAnyAdmin(db: Db): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(admins);
  return (row?.count ?? 0) > 0;
}
