import 'server-only';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { getCurrentAdmin } from './get-current-admin';
import type { AdminSession } from './get-session-admin';
import { hasAnyAdmin } from './has-any-admin';

export type { AdminSession } from './get-session-admin';

/** Every console page calls this first: no admin yet → setup; no valid session → sign-in. */
export async function requireAdmin(): Promise<AdminSession> {
  const admin = await getCurrentAdmin();
  if (admin) return admin;
  redirect((await hasAnyAdmin(await getDb())) ? '/sign-in' : '/setup');
}
