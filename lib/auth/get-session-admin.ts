import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { admins } from '@/lib/db/schema';
import { readSession, type SessionData } from './session-cookie';

export type AdminSession = { adminId: string; email: string; name: string };

/** The signed-in admin for a Cookie header, or null: the session must be valid and not logged out everywhere. */
export async function getSessionAdmin(
  db: Db,
  cookieHeader: string | null,
): Promise<{ admin: AdminSession; session: SessionData } | null> {
  const session = await readSession(cookieHeader);
  if (!session) return null;
  const [admin] = await db.select().from(admins).where(eq(admins.id, session.adminId));
  if (!admin || admin.sessionVersion !== session.version) return null;
  return { admin: { adminId: admin.id, email: admin.email, name: admin.name }, session };
}
