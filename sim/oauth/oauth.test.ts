import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;

describe('OAuth authorization-code flow', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  const redirectUri = 'http://localhost:3000/api/zoho/callback';

  async function approve(decision: 'accept' | 'deny'): Promise<URL> {
    const consent = await fetch(
      `${sim.sim.url}/oauth/v2/auth?client_id=1000.SIMULATOR&response_type=code&access_type=offline&prompt=consent&scope=ZohoCRM.modules.ALL&state=s1&redirect_uri=${encodeURIComponent(redirectUri)}`,
    );
    expect(await consent.text()).toContain('Accept');
    const response = await fetch(`${sim.sim.url}/oauth/v2/auth/approve`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        client_id: '1000.SIMULATOR',
        redirect_uri: redirectUri,
        scope: 'ZohoCRM.modules.ALL',
        state: 's1',
        decision,
      }),
    });
    expect(response.status).toBe(302);
    return new URL(response.headers.get('location') ?? '');
  }

  it('redirects with code, location and accounts-server; the code works once', async () => {
    const redirect = await approve('accept');
    expect(redirect.searchParams.get('state')).toBe('s1');
    expect(redirect.searchParams.get('location')).toBe('sim');
    expect(redirect.searchParams.get('accounts-server')).toBe(sim.sim.url);
    const exchange = () => {
      const form = new FormData();
      for (const [key, value] of Object.entries({
        grant_type: 'authorization_code',
        client_id: '1000.SIMULATOR',
        client_secret: 'simulator-secret',
        redirect_uri: redirectUri,
        code: redirect.searchParams.get('code') ?? '',
      }))
        form.append(key, value);
      return fetch(`${sim.sim.url}/oauth/v2/token`, { method: 'POST', body: form }).then((response) =>
        response.json(),
      );
    };
    const tokens = await exchange();
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      api_domain: sim.sim.url,
      scope: 'ZohoCRM.modules.ALL',
    });
    expect(tokens.refresh_token).toMatch(/^1000\./);
    expect(await exchange()).toEqual({ error: 'invalid_code' });
  });

  it('a denial comes back as error=access_denied; a wrong secret as invalid_client_secret', async () => {
    expect((await approve('deny')).searchParams.get('error')).toBe('access_denied');
    const response = await fetch(
      `${sim.sim.url}/oauth/v2/token?grant_type=refresh_token&client_id=1000.SIMULATOR&client_secret=nope&refresh_token=1000.simulator.refresh`,
      { method: 'POST' },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ error: 'invalid_client_secret' });
  });
});

describe('OAuth without prompt=consent', () => {
  it('redirects at once for the demo client the demo user has already granted', async () => {
    const sim = await startTestSimulator();
    const response = await fetch(
      `${sim.sim.url}/oauth/v2/auth?client_id=1000.SIMULATOR&response_type=code&access_type=offline&scope=ZohoCRM.org.READ&state=s2&redirect_uri=${encodeURIComponent('http://localhost:3000/api/zoho/callback')}`,
      { redirect: 'manual' },
    );
    await sim.close();
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('code')).toMatch(/^1000\./);
    expect(location.searchParams.get('state')).toBe('s2');
  });
});
