import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { decryptSecret, encryptSecret } from '@/lib/crypto/secret-box';
import type { Database } from '@/lib/db/client';
import { connections } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { resetEnvForTests } from '@/lib/env';
import { reencryptSecrets } from './reencrypt-secrets';

const CONNECTION_ID = '0b7c1b2e-6d3f-4b8e-9a51-2f3c4d5e6f70';
const key = () => randomBytes(32).toString('base64url');

describe('rotating the token-encryption key', () => {
  let database: Database;
  const oldKey = `old:${key()}`;
  const newKey = `new:${key()}`;
  const configureKeys = (keys: string) => {
    process.env.TOKEN_ENCRYPTION_KEYS = keys;
    process.env.SESSION_SECRET = 'x'.repeat(40);
    resetEnvForTests();
    resetSecretsForTests();
  };
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it('re-encrypts every secret with the new first key, so the old key can be dropped', async () => {
    configureKeys(oldKey);
    await database.db.insert(connections).values({
      id: CONNECTION_ID,
      name: 'Org',
      dataCentre: 'us',
      apiDomain: 'https://www.zohoapis.com',
      apiVersion: 'v8',
      orgId: '1',
      zgid: '2',
      orgName: 'Org',
      userEmail: 'a@example.com',
      clientId: '1000.X',
      clientSecretEncrypted: encryptSecret('client-secret', CONNECTION_ID),
      refreshTokenEncrypted: encryptSecret('refresh-token', CONNECTION_ID),
      accessTokenEncrypted: null,
    });
    configureKeys(`${newKey},${oldKey}`);
    expect(await reencryptSecrets(database.db)).toBe(1);

    configureKeys(newKey);
    const [row] = await database.db.select().from(connections);
    expect(row?.refreshTokenEncrypted.split('.')[1]).toBe('new');
    expect(decryptSecret(row?.refreshTokenEncrypted ?? '', CONNECTION_ID)).toBe('refresh-token');
    expect(decryptSecret(row?.clientSecretEncrypted ?? '', CONNECTION_ID)).toBe('client-secret');
  });
});
