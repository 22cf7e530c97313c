import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';

export async function removeAdmin(options: {
  db: Db;
  adminId: string;
  actingAdminId: string;
}): Promise<void> {
  if (options.adminId === options.actingAdminId) {
    throw new AppError('conflict', 'You cannot remove yourself. Ask another admin to do it.');
  }
  const deleted = await options.db
    .delete(admins)
    .where(eq(admins.id, options.adminId))
    .returning({ id: admins.id });
  if (deleted.length === 0) throw new AppError('not_found', 'That admin no longer exists.');
}
