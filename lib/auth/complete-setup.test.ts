import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { createTestDb } from '@/lib/db/test-db';
import { AppError } from '@/lib/http/app-error';
import { completeSetup } from './complete-setup';
import { ensureSetupToken } from './setup-token';
import { signInAdmin } from './sign-in-admin';
import { TEST_SECRETS, useTestEnv } from './use-test-env';

const FIRST = { name: 'Ada', email: 'ada@example.com', password: 'a long enough password' };
let dataDir: string;
let database: Database;

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error('expected a refusal');
  return error.code;
}

describe('first-run setup', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-setup-'));
    useTestEnv({ ...TEST_SECRETS, DATA_DIR: dataDir });
    database = await createTestDb();
  });
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('needs the one-time token, works once with it, and then the token is gone', async () => {
    const { db } = database;
    const token = ensureSetupToken();
    expect(await refusal(completeSetup({ db, ...FIRST, setupToken: 'guess', client: 'a' }))).toBe(
      'validation',
    );
    expect(await refusal(completeSetup({ db, ...FIRST, setupToken: '', client: 'a' }))).toBe('validation');

    const admin = await completeSetup({ db, ...FIRST, setupToken: token, client: 'a' });
    expect(admin.email).toBe('ada@example.com');
    expect(existsSync(path.join(dataDir, 'setup-token'))).toBe(false);
    await signInAdmin({ db, email: FIRST.email, password: FIRST.password, client: 'a' });

    const again = { ...FIRST, email: 'mallory@example.com', setupToken: token, client: 'b' };
    expect(await refusal(completeSetup({ db, ...again }))).toBe('conflict');
  });

  it('stops an address that keeps guessing tokens', async () => {
    const fresh = await createTestDb();
    try {
      ensureSetupToken();
      const guess = () => completeSetup({ db: fresh.db, ...FIRST, setupToken: 'guess', client: 'guesser' });
      for (let i = 0; i < 20; i++) expect(await refusal(guess())).toBe('validation');
      expect(await refusal(guess())).toBe('rate_limited');
    } finally {
      await fresh.close();
    }
  });
});
