import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '@/lib/auth/create-admin';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import type { Database } from '@/lib/db/client';
import { createTestDb } from '@/lib/db/test-db';
import { resetEnvForTests } from '@/lib/env';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { connectSelfClient } from './connect-self-client';
import { connectionAuth } from './connection-auth';
import { getConnection } from './get-connection';
import { listConnections } from './list-connections';

describe('a token refresh calls Zoho outside any database transaction', () => {
  let sim: RunningSimulator;
  let database: Database;
  let connectionId: string;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    process.env.SIM_URL = sim.url;
    process.env.SESSION_SECRET = randomBytes(32).toString('hex');
    process.env.TOKEN_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
    resetEnvForTests();
    resetSecretsForTests();
    database = await createTestDb();
    const admin = await createAdmin({
      db: database.db,
      email: 'ops@example.com',
      name: 'Ops',
      password: 'a-long-password-1',
    });
    connectionId = await connectSelfClient({
      db: database.db,
      adminId: admin.id,
      input: {
        dataCentre: 'sim',
        clientId: '1000.SIMULATOR',
        clientSecret: 'simulator-secret',
        refreshToken: sim.context.config.selfClientRefreshToken,
      },
    });
  }, 180_000);
  afterAll(async () => {
    await database.close();
    await sim.close();
  });

  it('with the token endpoint hung, an unrelated query on the embedded database answers within a second', async () => {
    const connection = await getConnection(database.db, connectionId);
    sim.context.faults.arm({
      path: '/oauth/v2/token',
      method: 'POST',
      count: 1,
      mode: 'timeout',
      status: 500,
      headers: {},
    });
    const refreshing = connectionAuth(database.db, connection)
      .getAccessToken({ isRefreshForced: true })
      .catch((error: unknown) => error);
    // The claim is written before Zoho is called; from then on the request hangs.
    while (!(await getConnection(database.db, connectionId)).refreshClaimedUntil)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const answer = await Promise.race([
      listConnections(database.db).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('blocked'), 1000)),
    ]);
    expect(answer).toBe('answered');
    expect(Date.now() - started).toBeLessThan(1000);
    await sim.close();
    expect(String(await refreshing)).toMatch(/Could not reach|token/);
    // The failed refresh released its claim and paused the connection rather than breaking it.
    const after = await getConnection(database.db, connectionId);
    expect(after.refreshClaimedUntil).toBeNull();
    expect(after.status).toBe('connected');
    sim = await startSimulator({ port: 0 });
  });
});
