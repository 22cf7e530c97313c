import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Admin } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { createAdmin } from './create-admin';
import { hasAnyAdmin } from './has-any-admin';
import { consumeSetupToken, isSetupTokenValid } from './setup-token';
import { clientRetryAfterSeconds, recordClientFailure } from './sign-in-throttle';

const WRONG_TOKEN = 'That setup token is not right. Copy it from the server log or DATA_DIR/setup-token.';

/** First run: the one-time token from the server log turns the first visitor into the first admin. */
export async function completeSetup(options: {
  db: Db;
  setupToken: string;
  name: string;
  email: string;
  password: string;
  client: string;
}): Promise<Admin> {
  const { db, client } = options;
  if (await hasAnyAdmin(db)) throw new AppError('conflict', 'Fieldmap is already set up. Sign in instead.');
  const wait = clientRetryAfterSeconds(client);
  if (wait > 0)
    throw new AppError('rate_limited', `Too many wrong setup tokens. Try again in ${wait} seconds.`);
  if (!isSetupTokenValid(options.setupToken)) {
    recordClientFailure(client);
    throw new AppError('validation', WRONG_TOKEN, {
      fields: [{ path: ['setupToken'], message: WRONG_TOKEN }],
    });
  }
  const admin = await createAdmin({
    db,
    email: options.email,
    name: options.name,
    password: options.password,
  });
  consumeSetupToken();
  return admin;
}
