import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '@/lib/auth/create-admin';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { encryptSecret } from '@/lib/crypto/secret-box';
import type { Database } from '@/lib/db/client';
import { connections } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { resetEnvForTests } from '@/lib/env';
import { getOrg } from '@/lib/zoho/get-org';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { type CallbackQuery, completeConnect } from './complete-connect';
import { connectionAuth } from './connection-auth';
import { getConnection } from './get-connection';
import { getModuleFields, getModules } from './get-metadata';
import { listConnections } from './list-connections';
import { startConnect } from './start-connect';
import { testConnection } from './test-connection';

const APP = 'http://localhost:3999';

describe('connecting the sandbox through the OAuth flow', () => {
  let sim: RunningSimulator;
  let database: Database;
  let adminId: string;

  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    process.env.SIM_URL = sim.url;
    process.env.SESSION_SECRET = randomBytes(32).toString('hex');
    process.env.TOKEN_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
    resetEnvForTests();
    resetSecretsForTests();
    database = await createTestDb();
    adminId = (
      await createAdmin({
        db: database.db,
        email: 'ops@example.com',
        name: 'Ops',
        password: 'a-long-password-1',
      })
    ).id;
  });
  afterAll(async () => {
    await database.close();
    await sim.close();
  });

  async function consent(): Promise<CallbackQuery> {
    const url = await startConnect({ db: database.db, adminId, dataCentreId: 'sim', appOrigin: APP });
    const response = await fetch(url, { redirect: 'manual' });
    const back = new URL(response.headers.get('location') ?? '');
    expect(back.origin + back.pathname).toBe(`${APP}/api/zoho/callback`);
    return Object.fromEntries(back.searchParams) as CallbackQuery;
  }

  it('stores the org with encrypted tokens and shows the browser no secret', async () => {
    const id = await completeConnect({ db: database.db, adminId, query: await consent(), appOrigin: APP });
    const stored = await getConnection(database.db, id);
    expect(stored).toMatchObject({
      orgId: '5725767000000020005',
      zgid: '808232144',
      isSandbox: true,
      status: 'connected',
    });
    expect(stored.refreshTokenEncrypted).not.toContain('1000.');
    const views = JSON.stringify(await listConnections(database.db));
    expect(views).toContain('Fieldmap Sandbox Inc.');
    expect(views).not.toMatch(/1000\.|Encrypted|clientSecret|refresh/i);
  });

  it('uses each state once, and only for the admin who started it', async () => {
    const query = await consent();
    const other = (
      await createAdmin({
        db: database.db,
        email: 'other@example.com',
        name: 'Other',
        password: 'a-long-password-2',
      })
    ).id;
    await expect(completeConnect({ db: database.db, adminId: other, query, appOrigin: APP })).rejects.toThrow(
      /expired or was already used/,
    );
    await expect(completeConnect({ db: database.db, adminId, query, appOrigin: APP })).resolves.toBeTruthy();
    await expect(completeConnect({ db: database.db, adminId, query, appOrigin: APP })).rejects.toThrow(
      /expired or was already used/,
    );
  });

  it('never trusts a host from the query: a foreign accounts-server is refused', async () => {
    const query = {
      ...(await consent()),
      location: 'us',
      'accounts-server': 'https://accounts.evil.example',
    };
    await expect(completeConnect({ db: database.db, adminId, query, appOrigin: APP })).rejects.toThrow(
      /data centre Fieldmap does not know/,
    );
  });

  it('reads live metadata, and parallel calls after expiry refresh the token once', async () => {
    const [connection] = await listConnections(database.db);
    const connectionId = connection?.id ?? '';
    const { modules } = await getModules({ db: database.db, connectionId });
    expect(modules.find((module) => module.apiName === 'Leads')).toMatchObject({
      canBulkWrite: true,
      canBulkRead: true,
    });
    expect(modules.find((module) => module.apiName === 'Events')).toMatchObject({
      canBulkWrite: false,
      canBulkRead: true,
    });

    sim.context.tokens.expireAllAccessTokens();
    sim.context.log.clear();
    const results = await Promise.all(
      ['Leads', 'Contacts', 'Accounts', 'Deals'].map((module) =>
        getModuleFields({ db: database.db, connectionId, module, isRefresh: true }),
      ),
    );
    expect(results[0]?.fields.find((field) => field.apiName === 'Email')).toMatchObject({
      dataType: 'email',
      isUnique: true,
    });
    expect(results[0]?.layouts[0]?.mandatoryFields).toEqual(expect.arrayContaining(['Owner', 'Last_Name']));
    expect(sim.context.log.list().filter((entry) => entry.path === '/oauth/v2/token')).toHaveLength(1);
  });

  it('50 concurrent calls on an expired token cause exactly one refresh', async () => {
    const [view] = await listConnections(database.db);
    const connection = await getConnection(database.db, view?.id ?? '');
    sim.context.tokens.expireAllAccessTokens();
    sim.context.log.clear();
    const orgs = await Promise.all(
      Array.from({ length: 50 }, () => getOrg(connectionAuth(database.db, connection), { apiVersion: 'v8' })),
    );
    expect(new Set(orgs.map((org) => org.zgid))).toEqual(new Set(['808232144']));
    expect(sim.context.log.list().filter((entry) => entry.path === '/oauth/v2/token')).toHaveLength(1);
  });

  const throttleFault = (error: string, description: string, status = 400) => ({
    path: '/oauth/v2/token',
    method: 'POST',
    count: 1,
    mode: 'respond' as const,
    status,
    body: { error_description: description, error, status: 'failure' },
    headers: {},
  });

  it('a throttled token endpoint, in any language, is left alone until Zoho’s ten-minute block ends', async () => {
    const [view] = await listConnections(database.db);
    sim.context.tokens.expireAllAccessTokens();
    sim.context.faults.arm(throttleFault('拒绝访问', '您已连续提出过多请求，请稍后再试。'));
    const before = Date.now();
    const error = await testConnection({ db: database.db, id: view?.id ?? '' }).catch((caught) => caught);
    expect(String(error)).toMatch(/throttling token requests/);
    sim.context.log.clear();
    await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(/until/);
    expect(sim.context.log.list().filter((entry) => entry.path === '/oauth/v2/token')).toHaveLength(0);
    const after = await getConnection(database.db, view?.id ?? '');
    expect(after.status).toBe('connected');
    expect(after.throttledUntil?.getTime()).toBeGreaterThanOrEqual(before + 10 * 60_000);
    expect(after.throttledUntil?.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    await database.db.update(connections).set({ throttledUntil: null });
  });

  it('the throttle answered under HTTP 200 is throttling too, not a refusal', async () => {
    const [view] = await listConnections(database.db);
    sim.context.tokens.expireAllAccessTokens();
    sim.context.faults.arm(
      throttleFault('Access Denied', 'You have made too many requests continuously.', 200),
    );
    await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(/throttling/);
    expect((await getConnection(database.db, view?.id ?? '')).status).toBe('connected');
    await database.db.update(connections).set({ throttledUntil: null });
  });

  it('an answer Fieldmap cannot place pauses with a growing backoff and never asks for a reconnect', async () => {
    const [view] = await listConnections(database.db);
    const pauses: number[] = [];
    for (const body of [{ error: 'general_error' }, '<html>Bad gateway</html>']) {
      sim.context.tokens.expireAllAccessTokens();
      sim.context.faults.arm({
        path: '/oauth/v2/token',
        method: 'POST',
        count: 1,
        mode: 'respond',
        status: typeof body === 'string' ? 502 : 200,
        body,
        headers: {},
      });
      const started = Date.now();
      await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(/token endpoint/);
      const after = await getConnection(database.db, view?.id ?? '');
      expect(after.status).toBe('connected');
      pauses.push((after.throttledUntil?.getTime() ?? 0) - started);
      await database.db.update(connections).set({ throttledUntil: null });
    }
    expect(pauses[0]).toBeGreaterThanOrEqual(55_000);
    expect(pauses[1]).toBeGreaterThan(pauses[0] ?? 0);
    // A good answer ends the backoff.
    sim.context.tokens.expireAllAccessTokens();
    await testConnection({ db: database.db, id: view?.id ?? '' });
  });

  it('a revoked refresh token marks the connection "needs reconnect" and stops calling Zoho', async () => {
    const [view] = await listConnections(database.db);
    sim.context.tokens.revokeAllRefreshTokens();
    sim.context.tokens.expireAllAccessTokens();
    await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(
      /Reconnect the org on the Connection page/,
    );
    expect((await getConnection(database.db, view?.id ?? '')).status).toBe('needs_reconnect');
    sim.context.log.clear();
    await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(
      /needs to be reconnected/,
    );
    expect(sim.context.log.list()).toHaveLength(0);
  });
  it('a secret copied from another connection does not decrypt: "needs reconnect", not a crash', async () => {
    const [view] = await listConnections(database.db);
    await database.db.update(connections).set({
      status: 'connected',
      accessTokenEncrypted: encryptSecret('a token of some other connection', crypto.randomUUID()),
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });
    await expect(testConnection({ db: database.db, id: view?.id ?? '' })).rejects.toThrow(
      /cannot be decrypted.*Reconnect/,
    );
    expect((await getConnection(database.db, view?.id ?? '')).status).toBe('needs_reconnect');
  });
});
