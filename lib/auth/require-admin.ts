import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { type AdminSession, getSessionAdmin } from './get-session-admin';
import { hasAnyAdmin } from './has-any-admin';

export type { AdminSession } from './get-session-admin';

/** Every console page calls this first: no admin yet → setup; no valid session → sign-in. */
export async function requireAdmin(): Promise<AdminSession> {
  const cookieStore = await cookies();
  const header = cookieStore
    .getAll()
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
  const found = await getSessionAdmin(header);
  if (found) return found.admin;
  redirect((await hasAnyAdmin(await getDb())) ? '/sign-in' : '/setup');
}
