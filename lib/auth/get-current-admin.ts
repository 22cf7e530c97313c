import 'server-only';
import { cookies } from 'next/headers';
import { type AdminSession, getSessionAdmin } from './get-session-admin';

/** The admin signed in on this page request, or null (pages only; routes get theirs from route()). */
export async function getCurrentAdmin(): Promise<AdminSession | null> {
  const cookieStore = await cookies();
  const header = cookieStore
    .getAll()
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
  return (await getSessionAdmin(header))?.admin ?? null;
}
