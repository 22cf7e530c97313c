import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Admin, admins } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { hashPassword } from './password';

export async function createAdmin(options: {
  db: Db;
  email: string;
  name: string;
  password: string;
}): Promise<Admin> {
  const email = options.email.trim().toLowerCase();
  const [existing] = await options.db.select({ id: admins.id }).from(admins).where(eq(admins.email, email));
  if (existing) throw new AppError('conflict', `An admin with the e-mail ${email} already exists.`);
  const [admin] = await options.db
    .insert(admins)
    .values({ email, name: options.name.trim(), passwordHash: await hashPassword(options.password) })
    .returning();
  if (!admin) throw new AppError('internal', 'The admin was not saved.');
  return admin;
}
