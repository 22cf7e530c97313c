import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

async function refresh(url: string, refreshToken = '1000.simulator.refresh') {
  const response = await fetch(`${url}/oauth/v2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: '1000.SIMULATOR',
      client_secret: 'simulator-secret',
      refresh_token: refreshToken,
    }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('token lifetime, throttle and self-client settings', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator({ selfClientRefreshToken: '1000.custom.refresh' });
  });
  afterAll(() => sim.close());

  it('issues tokens with the configured lifetime, and they expire after it', async () => {
    expect((await refresh(sim.sim.url, '1000.custom.refresh')).json.expires_in).toBe(3600);
    await sim.call('POST', '/__sim/settings', { tokenSeconds: 1 });
    const short = await refresh(sim.sim.url, '1000.custom.refresh');
    expect(short.json.expires_in).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const answer = await fetch(`${sim.sim.url}/crm/v8/org`, {
      headers: { Authorization: `Zoho-oauthtoken ${String(short.json.access_token)}` },
    });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({
      code: 'INVALID_TOKEN',
      details: {},
      message: 'invalid oauth token',
      status: 'error',
    });
  });

  it('stamps API answers with X-ACCESSTOKEN-RESET, the token’s expiry in the org’s zone', async () => {
    const answer = await fetch(`${sim.sim.url}/crm/v8/org`, { headers: sim.auth });
    expect(answer.headers.get('x-accesstoken-reset')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
    );
  });

  it('uses the overridden self-client refresh token instead of the default one', async () => {
    expect((await refresh(sim.sim.url)).json).toEqual({ error: 'invalid_code' });
  });

  it('throttles the token endpoint with Zoho’s Access Denied body once over the limit', async () => {
    await sim.call('POST', '/__sim/settings', { tokenRequestsPerMinute: 2 });
    expect((await refresh(sim.sim.url, '1000.custom.refresh')).json.access_token).toBeTruthy();
    expect((await refresh(sim.sim.url, '1000.custom.refresh')).json.access_token).toBeTruthy();
    const refused = await refresh(sim.sim.url, '1000.custom.refresh');
    expect(refused).toEqual({
      status: 400,
      json: {
        error_description: 'You have made too many requests continuously. Please try again after some time.',
        error: 'Access Denied',
        status: 'failure',
      },
    });
    await sim.call('POST', '/__sim/settings', { tokenRequestsPerMinute: 0 });
    expect((await refresh(sim.sim.url, '1000.custom.refresh')).json.access_token).toBeTruthy();
  });
});
