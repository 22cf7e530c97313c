import 'server-only';
import { eq } from 'drizzle-orm';
import { type Db, getDb } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';
import { readSession, type SessionData } from './session-cookie';

export type AdminSession = { adminId: string; email: string; name: string };

/**
 * The signed-in admin for a Cookie header, or null: the cookie must unseal, be within its idle and absolute
 * lifetime, and carry the admin's current session version (not logged out everywhere). The database is only
 * opened when there is a cookie to check.
 */
export async function getSessionAdmin(
  cookieHeader: string | null,
  db?: Db,
): Promise<{ admin: AdminSession; session: SessionData } | null> {
  const session = await readSession(cookieHeader);
  if (!session) return null;
  const [admin] = await (db ?? (await getDb())).select().from(admins).where(eq(admins.id, session.adminId));
  if (!admin || admin.sessionVersion !== session.version) return null;
  return { admin: { adminId: admin.id, email: admin.email, name: admin.name }, session };
}
