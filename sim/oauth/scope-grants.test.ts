import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';
import { grantsScope } from './scope-grants';

const MISMATCH = {
  code: 'OAUTH_SCOPE_MISMATCH',
  details: {},
  message: 'invalid oauth scope to access this URL',
  status: 'error',
};

describe('scopes', () => {
  it('follows Zoho’s hierarchy: ALL covers every operation, a shorter scope covers the ones below it', () => {
    expect(grantsScope(['ZohoCRM.settings.ALL'], 'ZohoCRM.settings.fields.READ')).toBe(true);
    expect(grantsScope(['ZohoCRM.modules.CREATE'], 'ZohoCRM.modules.Leads.CREATE')).toBe(true);
    expect(grantsScope(['ZohoCRM.bulk.read'], 'ZohoCRM.bulk.READ')).toBe(true);
    expect(grantsScope(['ZohoCRM.bulk.READ'], 'ZohoCRM.bulk.CREATE')).toBe(false);
    expect(grantsScope(['ZohoCRM.modules.Leads.ALL'], 'ZohoCRM.modules.Contacts.CREATE')).toBe(false);
    expect(grantsScope(['ZohoCRM.settings.fields.READ'], 'ZohoCRM.settings.modules.READ')).toBe(false);
  });

  describe('over HTTP', () => {
    let sim: Awaited<ReturnType<typeof startTestSimulator>>;
    beforeAll(async () => {
      sim = await startTestSimulator();
    });
    afterAll(() => sim.close());

    async function tokenWith(scope: string): Promise<string> {
      const auth = new URL(`${sim.sim.url}/oauth/v2/auth`);
      for (const [key, value] of Object.entries({
        client_id: '1000.SIMULATOR',
        redirect_uri: 'https://app.example/callback',
        response_type: 'code',
        access_type: 'offline',
        scope,
      }))
        auth.searchParams.set(key, value);
      const redirect = await fetch(auth, { redirect: 'manual' });
      const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
      const response = await fetch(`${sim.sim.url}/oauth/v2/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: '1000.SIMULATOR',
          client_secret: 'simulator-secret',
          redirect_uri: 'https://app.example/callback',
          code,
        }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    }

    it('answers OAUTH_SCOPE_MISMATCH (401) for metadata the token has no scope for', async () => {
      const headers = { Authorization: `Zoho-oauthtoken ${await tokenWith('ZohoCRM.settings.fields.READ')}` };
      expect((await fetch(`${sim.sim.url}/crm/v8/settings/fields?module=Leads`, { headers })).status).toBe(
        200,
      );
      const modules = await fetch(`${sim.sim.url}/crm/v8/settings/modules`, { headers });
      expect(modules.status).toBe(401);
      expect(await modules.json()).toEqual(MISMATCH);
    });

    it('needs the bulk scope and the module’s own scope to create a bulk write job', async () => {
      const fileId = await sim.upload('Last_Name\nScoped\n');
      const body = JSON.stringify({
        operation: 'insert',
        resource: [{ type: 'data', module: { api_name: 'Contacts' }, file_id: fileId }],
      });
      const post = async (scope: string) => {
        const response = await fetch(`${sim.sim.url}/crm/bulk/v8/write`, {
          method: 'POST',
          headers: {
            Authorization: `Zoho-oauthtoken ${await tokenWith(scope)}`,
            'Content-Type': 'application/json',
          },
          body,
        });
        return { status: response.status, json: await response.json() };
      };
      expect(await post('ZohoCRM.modules.ALL')).toEqual({ status: 401, json: MISMATCH });
      expect(await post('ZohoCRM.bulk.ALL,ZohoCRM.modules.Leads.ALL')).toEqual({
        status: 401,
        json: MISMATCH,
      });
      expect((await post('ZohoCRM.bulk.CREATE,ZohoCRM.modules.Contacts.CREATE')).status).toBe(201);
    });
  });
});
