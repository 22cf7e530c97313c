import 'server-only';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { createAdmin } from './create-admin';
import { getSessionSecret } from './get-secrets';
import { hasAnyAdmin } from './has-any-admin';
import { consumeSetupToken, ensureSetupToken } from './setup-token';

/**
 * Idempotent start-up step (instrumentation → lib/start-server.ts): make sure the secrets exist, then with no
 * admin yet create one from ADMIN_EMAIL/ADMIN_PASSWORD, or print the one-time setup token.
 */
export async function ensureFirstAdmin(db: Db): Promise<void> {
  getSessionSecret();
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
  console.log(
    `\n[fieldmap] No admin yet. Open /setup and enter this one-time setup token: ${token}\n` +
      `[fieldmap] (also in ${env().dataDir}/setup-token; it is deleted once the first admin exists)\n`,
  );
}
