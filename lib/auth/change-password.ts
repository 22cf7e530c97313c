import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Admin, admins } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { hashPassword, verifyPassword } from './password';

/** Changing the password also ends every other session (the caller gets a fresh cookie). */
export async function changePassword(options: {
  db: Db;
  adminId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<Admin> {
  const [admin] = await options.db.select().from(admins).where(eq(admins.id, options.adminId));
  if (!admin) throw new AppError('not_found', 'Your admin account no longer exists.');
  if (!(await verifyPassword(options.currentPassword, admin.passwordHash))) {
    throw new AppError('validation', 'The current password is not right.', {
      fields: [{ path: ['currentPassword'], message: 'The current password is not right.' }],
    });
  }
  const [updated] = await options.db
    .update(admins)
    .set({
      passwordHash: await hashPassword(options.newPassword),
      sessionVersion: sql`${admins.sessionVersion} + 1`,
    })
    .where(eq(admins.id, admin.id))
    .returning();
  if (!updated) throw new AppError('internal', 'The password was not saved.');
  return updated;
}
