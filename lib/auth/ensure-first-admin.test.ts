import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db/client';
import { createTestDb } from '@/lib/db/test-db';
import { ensureFirstAdmin } from './ensure-first-admin';
import { getTokenEncryptionKeys } from './get-secrets';
import { hasAnyAdmin } from './has-any-admin';
import { isSetupTokenValid } from './setup-token';
import { useTestEnv } from './use-test-env';

let dataDir: string;
let database: Database;
const mode = (file: string) => statSync(file).mode & 0o777;

describe('first run', () => {
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-first-run-'));
    useTestEnv({
      DATA_DIR: dataDir,
      SESSION_SECRET: undefined,
      TOKEN_ENCRYPTION_KEYS: undefined,
      ADMIN_EMAIL: undefined,
      ADMIN_PASSWORD: undefined,
    });
    database = await createTestDb();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('generates secrets (0600) and a one-time setup token (0600) that it prints, and keeps both on restart', async () => {
    await ensureFirstAdmin(database.db);
    const tokenFile = path.join(dataDir, 'setup-token');
    const secretsFile = path.join(dataDir, 'secrets.json');
    expect(mode(tokenFile)).toBe(0o600);
    expect(mode(secretsFile)).toBe(0o600);
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(token.length).toBeGreaterThanOrEqual(12);
    expect(vi.mocked(console.log).mock.calls.flat().join('\n')).toContain(token);
    expect(isSetupTokenValid(token)).toBe(true);
    expect(isSetupTokenValid(`${token}x`)).toBe(false);
    expect(getTokenEncryptionKeys()[0]?.key).toHaveLength(32);

    const secrets = readFileSync(secretsFile, 'utf8');
    useTestEnv({});
    await ensureFirstAdmin(database.db);
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(token);
    expect(readFileSync(secretsFile, 'utf8')).toBe(secrets);
  });

  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD without any setup token', async () => {
    useTestEnv({ ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'a long enough password' });
    await ensureFirstAdmin(database.db);
    expect(await hasAnyAdmin(database.db)).toBe(true);
    expect(existsSync(path.join(dataDir, 'setup-token'))).toBe(false);
    expect(isSetupTokenValid('')).toBe(false);
  });
});
