import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { type Admin, admins } from '@/lib/db/schema';
import { AppError } from '@/lib/http/app-error';
import { burnPasswordCheck, verifyPassword } from './password';
import { accountLockMs, clientRetryAfterSeconds, recordClientFailure } from './sign-in-throttle';

const WRONG = 'That e-mail and password do not match an admin. Check them and try again.';

function tooMany(seconds: number): AppError {
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  return new AppError('rate_limited', `Too many failed sign-ins. Try again in ${wait}.`, {
    retryAfterSeconds: seconds,
  });
}

export async function signInAdmin(options: {
  db: Db;
  email: string;
  password: string;
  client: string;
}): Promise<Admin> {
  const { db, password, client } = options;
  const clientWait = clientRetryAfterSeconds(client);
  if (clientWait > 0) throw tooMany(clientWait);

  const email = options.email.trim().toLowerCase();
  const [admin] = await db.select().from(admins).where(eq(admins.email, email));
  if (admin?.lockedUntil && admin.lockedUntil.getTime() > Date.now()) {
    throw tooMany(Math.ceil((admin.lockedUntil.getTime() - Date.now()) / 1000));
  }
  if (!admin) {
    await burnPasswordCheck(password);
    recordClientFailure(client);
    throw new AppError('unauthorized', WRONG);
  }
  if (!(await verifyPassword(password, admin.passwordHash))) {
    recordClientFailure(client);
    // Counted in SQL so parallel guesses cannot share one count.
    const [counted] = await db
      .update(admins)
      .set({ failedSignIns: sql`${admins.failedSignIns} + 1` })
      .where(eq(admins.id, admin.id))
      .returning({ failedSignIns: admins.failedSignIns });
    const lockMs = accountLockMs(counted?.failedSignIns ?? 0);
    if (lockMs > 0) {
      await db
        .update(admins)
        .set({ lockedUntil: new Date(Date.now() + lockMs) })
        .where(eq(admins.id, admin.id));
    }
    throw new AppError('unauthorized', WRONG);
  }
  if (admin.failedSignIns > 0) {
    await db.update(admins).set({ failedSignIns: 0, lockedUntil: null }).where(eq(admins.id, admin.id));
  }
  return admin;
}
