import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { createTestDb } from '@/lib/db/test-db';
import { AppError } from '@/lib/http/app-error';
import { changePassword } from './change-password';
import { createAdmin } from './create-admin';
import { removeAdmin } from './remove-admin';
import { signInAdmin } from './sign-in-admin';

const PASSWORD = 'a long enough password';
let database: Database;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('admins: sign-in, lockout, password change, removal', () => {
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(async () => database.close());

  it('signs in with any capitalisation of the e-mail, and refuses a wrong password with one message', async () => {
    const { db } = database;
    await createAdmin({ db, email: 'Ada@Example.com', name: 'Ada', password: PASSWORD });
    const admin = await signInAdmin({ db, email: 'ADA@example.COM', password: PASSWORD, client: 'c1' });
    expect(admin.email).toBe('ada@example.com');
    const wrong = await failure(
      signInAdmin({ db, email: 'ada@example.com', password: 'nope', client: 'c1' }),
    );
    const unknown = await failure(
      signInAdmin({ db, email: 'who@example.com', password: 'nope', client: 'c1' }),
    );
    expect(wrong.code).toBe('unauthorized');
    expect(unknown.message).toBe(wrong.message);
  });

  it('refuses a second admin with the same e-mail', async () => {
    const error = await failure(
      createAdmin({ db: database.db, email: 'ada@EXAMPLE.com', name: 'x', password: PASSWORD }),
    );
    expect(error.code).toBe('conflict');
  });

  it('locks the account after 5 failures, even for the right password, and says how long to wait', async () => {
    const { db } = database;
    await createAdmin({ db, email: 'grace@example.com', name: 'Grace', password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      await failure(
        signInAdmin({ db, email: 'grace@example.com', password: `wrong-${i}`, client: `c-${i}` }),
      );
    }
    const locked = await failure(
      signInAdmin({ db, email: 'grace@example.com', password: PASSWORD, client: 'c-9' }),
    );
    expect(locked.code).toBe('rate_limited');
    expect(locked.message).toMatch(/Try again in (2\d|30) seconds/);
  });

  it('counts parallel wrong guesses one by one', async () => {
    const { db } = database;
    await createAdmin({ db, email: 'burst@example.com', name: 'Burst', password: PASSWORD });
    const guesses = Array.from({ length: 5 }, (_, i) =>
      failure(signInAdmin({ db, email: 'burst@example.com', password: `guess-${i}`, client: `burst-${i}` })),
    );
    await Promise.all(guesses);
    const locked = await failure(
      signInAdmin({ db, email: 'burst@example.com', password: PASSWORD, client: 'b' }),
    );
    expect(locked.code).toBe('rate_limited');
  });

  it('changes a password only with the current one, and voids older sessions', async () => {
    const { db } = database;
    const admin = await createAdmin({ db, email: 'linus@example.com', name: 'Linus', password: PASSWORD });
    const refused = await failure(
      changePassword({ db, adminId: admin.id, currentPassword: 'x', newPassword: 'new password 123' }),
    );
    expect(refused.code).toBe('validation');
    const changed = await changePassword({
      db,
      adminId: admin.id,
      currentPassword: PASSWORD,
      newPassword: 'new password 123',
    });
    expect(changed.sessionVersion).toBe(admin.sessionVersion + 1);
    await signInAdmin({ db, email: 'linus@example.com', password: 'new password 123', client: 'c2' });
    await failure(signInAdmin({ db, email: 'linus@example.com', password: PASSWORD, client: 'c2' }));
  });

  it('removes another admin but never yourself', async () => {
    const { db } = database;
    const me = await createAdmin({ db, email: 'me@example.com', name: 'Me', password: PASSWORD });
    const other = await createAdmin({ db, email: 'other@example.com', name: 'Other', password: PASSWORD });
    expect((await failure(removeAdmin({ db, adminId: me.id, actingAdminId: me.id }))).code).toBe('conflict');
    await removeAdmin({ db, adminId: other.id, actingAdminId: me.id });
    const gone = await failure(
      signInAdmin({ db, email: 'other@example.com', password: PASSWORD, client: 'c3' }),
    );
    expect(gone.code).toBe('unauthorized');
  });
});
