import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshAccessToken, startTestSimulator } from './test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

describe('faults and token control', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it('fails the next N matching calls with the status and body asked for', async () => {
    const body = {
      status: 'error',
      code: 'TOO_MANY_REQUESTS',
      message: 'Many requests fired in concurrent than the allowed limit',
      details: {},
    };
    await sim.call('POST', '/__sim/faults', {
      method: 'GET',
      path: '/crm/v8/org',
      count: 2,
      status: 429,
      body,
    });
    expect((await sim.call('GET', '/crm/v8/org')).status).toBe(429);
    expect((await sim.call('GET', '/crm/v8/org')).json).toEqual(body);
    expect((await sim.call('GET', '/crm/v8/org')).status).toBe(200);
  });

  it('answers an armed 429 with Zoho’s TOO_MANY_REQUESTS body when no body is given', async () => {
    await sim.call('POST', '/__sim/faults', { path: '/crm/bulk/v8/write', status: 429 });
    const limited = await sim.call('POST', '/crm/bulk/v8/write', {});
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({
      status: 'error',
      code: 'TOO_MANY_REQUESTS',
      message: 'Many requests fired in concurrent than the allowed limit',
      details: {},
    });
  });

  it('can leave a call unanswered (a timeout), then answers the next one', async () => {
    await sim.call('POST', '/__sim/faults', { path: '/crm/v8/settings/modules', mode: 'timeout' });
    await expect(
      fetch(`${sim.sim.url}/crm/v8/settings/modules`, {
        headers: sim.auth,
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();
    expect((await sim.call('GET', '/crm/v8/settings/modules')).status).toBe(200);
  });

  it('can drop the connection', async () => {
    await sim.call('POST', '/__sim/faults', { path: '/crm/v8/users', mode: 'drop' });
    await expect(sim.call('GET', '/crm/v8/users')).rejects.toThrow();
    expect((await sim.call('GET', '/crm/v8/users')).status).toBe(200);
  });

  it('expired access tokens get INVALID_TOKEN; a refresh brings a new one; revoked refresh tokens stop working', async () => {
    await sim.call('POST', '/__sim/tokens/expire');
    const expired = await sim.call('GET', '/crm/v8/org');
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: 'INVALID_TOKEN', message: 'invalid oauth token' });
    const fresh = await refreshAccessToken(sim.sim.url);
    const ok = await fetch(`${sim.sim.url}/crm/v8/org`, {
      headers: { Authorization: `Zoho-oauthtoken ${fresh}` },
    });
    expect(ok.status).toBe(200);
    const log = (await sim.call('GET', '/__sim/requests')).json.requests as {
      path: string;
      grantType?: string;
    }[];
    expect(log.filter((entry) => entry.path === '/oauth/v2/token').length).toBeGreaterThanOrEqual(2);
    expect(log.filter((entry) => entry.grantType === 'refresh_token').length).toBeGreaterThanOrEqual(2);

    await sim.call('POST', '/__sim/tokens/revoke');
    await expect(refreshAccessToken(sim.sim.url)).rejects.toThrow('invalid_code');
  });
});
