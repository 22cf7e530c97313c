import 'server-only';
import { asc } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';

export type AdminListItem = { id: string; email: string; name: string; createdAt: string };

export async function listAdmins(db: Db): Promise<AdminListItem[]> {
  const rows = await db
    .select({ id: admins.id, email: admins.email, name: admins.name, createdAt: admins.createdAt })
    .from(admins)
    .orderBy(asc(admins.createdAt));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
