import 'server-only';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { createAdmin } from './create-admin';
import { hasAnyAdmin } from './has-any-admin';
import { consumeSetupToken, ensureSetupToken } from './setup-token';

/** At start: with no admin, create one from ADMIN_EMAIL/ADMIN_PASSWORD, or print the one-time setup token. */
export async function ensureFirstAdmin(db: Db): Promise<void> {
  if (await hasAnyAdmin(db)) {
    consumeSetupToken();
    return;
  }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    await createAdmin({
      db,
      email: ADMIN_EMAIL,
      name: ADMIN_EMAIL.split('@')[0] ?? 'Admin',
      password: ADMIN_PASSWORD,
    });
    console.log(`[fieldmap] Created the first admin ${ADMIN_EMAIL} from ADMIN_EMAIL / ADMIN_PASSWORD.`);
    return;
  }
  const token = ensureSetupToken();
  console.log(`\n[fieldmap] No admin yet. Open the console and enter this one-time setup code: ${token}\n`);
}
