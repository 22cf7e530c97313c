import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { classifyFailure } from './classify-failure';
import type { DataCentre } from './data-centres';
import { downloadBulkResult } from './download-bulk-result';
import { getBulkWriteJob } from './get-bulk-write-job';
import { listUsers } from './list-users';
import { refreshAccessToken } from './refresh-access-token';
import { uploadBulkFile } from './upload-bulk-file';
import type { ZohoAuth } from './zoho-auth';
import { ZohoError } from './zoho-error';
import { zohoJson } from './zoho-fetch';

// Zoho's answers as its documents and public captures show them, served by a stand-in for the network.
const US: DataCentre = {
  id: 'us',
  label: 'United States',
  location: 'us',
  accountsUrl: 'https://accounts.zoho.com',
  consentUrl: 'https://accounts.zoho.com',
  apiUrl: 'https://www.zohoapis.com',
  uploadUrl: 'https://content.zohoapis.com',
  downloadHosts: ['download-accl.zoho.com', 'download.zoho.com'],
  domains: ['zoho.com', 'zohoapis.com'],
};

type Seen = { url: string; authorization: string | null; method: string };

function serve(...answers: (Response | ((seen: Seen) => Response))[]) {
  const seen: Seen[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      const call = {
        url: String(url),
        authorization: headers.get('authorization'),
        method: init.method ?? 'GET',
      };
      seen.push(call);
      const next = answers.shift();
      if (!next) throw new Error(`unexpected call to ${url}`);
      return typeof next === 'function' ? next(call) : next;
    }),
  );
  return seen;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function auth(): ZohoAuth & { refreshes: number; refused: number } {
  let token = 'token-1';
  const value = {
    dataCentre: US,
    apiDomain: 'https://www.zohoapis.com',
    refreshes: 0,
    refused: 0,
    async getAccessToken({ isRefreshForced }: { isRefreshForced: boolean }) {
      if (isRefreshForced) {
        value.refreshes += 1;
        token = `token-${value.refreshes + 1}`;
      }
      return token;
    },
    async markRefused() {
      value.refused += 1;
    },
  };
  return value;
}

afterEach(() => vi.unstubAllGlobals());

describe('bulk write job details in every shape Zoho documents', () => {
  it('reads a freshly queued job: ADDED with file {status} only and no counts', async () => {
    serve(
      json({
        status: 'ADDED',
        resource: [
          {
            status: 'ADDED',
            type: 'data',
            module: { api_name: 'Leads', id: '1' },
            code: 'ADDED',
            file: { status: 'INPROGRESS' },
          },
        ],
        id: '7',
      }),
    );
    const job = await getBulkWriteJob(auth(), { apiVersion: 'v8', jobId: '7' });
    expect(job).toMatchObject({ status: 'ADDED', added: 0, total: 0 });
    expect(job.resources[0]).toMatchObject({ module: 'Leads', status: 'ADDED', total: 0 });
  });

  it.each([
    ['ADDED', 'ADDED'],
    ['QUEUED', 'QUEUED'],
    ['INPROGRESS', 'IN_PROGRESS'],
    ['IN PROGRESS', 'IN_PROGRESS'],
    ['COMPLETED', 'COMPLETED'],
    ['FAILED', 'FAILED'],
  ])('reads job status %s', async (sent, read) => {
    serve(json({ status: sent, resource: [], id: '7' }));
    expect((await getBulkWriteJob(auth(), { apiVersion: 'v8', jobId: '7' })).status).toBe(read);
  });

  it('takes a resource’s status from `status`, never from a `code` that says otherwise', async () => {
    serve(
      json({
        status: 'IN PROGRESS',
        resource: [
          {
            status: 'COMPLETED',
            code: 'INPROGRESS',
            module: { api_name: 'Leads' },
            file: { status: 'COMPLETED', added_count: 2, total_count: 2 },
          },
          { status: 'SKIPPED', code: 'SUCCESS', module: { api_name: 'Visits' } },
        ],
        id: '7',
      }),
    );
    const job = await getBulkWriteJob(auth(), { apiVersion: 'v8', jobId: '7' });
    expect(job.resources.map((resource) => resource.status)).toEqual(['COMPLETED', 'SKIPPED']);
    expect(job).toMatchObject({ status: 'IN_PROGRESS', added: 2, total: 2 });
  });
});

describe('the token endpoint is read by status and shape, never by its words', () => {
  const refresh = () => refreshAccessToken(US, { clientId: 'c', clientSecret: 's' }, 'r');
  const codeOf = async () => ((await refresh().catch((error: unknown) => error)) as ZohoError).code;

  it('reads throttling in any language and under HTTP 400 or 200', async () => {
    serve(
      json(
        { error_description: '您已连续提出过多请求，请稍后再试。', error: '拒绝访问', status: 'failure' },
        400,
      ),
    );
    expect(await codeOf()).toBe('TOKEN_THROTTLED');
    serve(
      json({ error_description: 'Demasiadas solicitudes', error: 'Acceso denegado', status: 'failure' }, 200),
    );
    expect(await codeOf()).toBe('TOKEN_THROTTLED');
    serve(new Response('slow down', { status: 429 }));
    expect(await codeOf()).toBe('TOKEN_THROTTLED');
  });

  it('stops for a reconnect only on Zoho’s documented permanent codes', async () => {
    for (const code of ['invalid_code', 'invalid_client', 'invalid_client_secret']) {
      serve(json({ error: code }));
      const error = (await refresh().catch((caught: unknown) => caught)) as ZohoError;
      expect(error.code).toBe(code);
      expect(error.isAuthProblem).toBe(true);
    }
  });

  it('pauses, never cancels, on an answer it cannot place', async () => {
    for (const answer of [
      json({ error: 'general_error' }),
      json({ error: 'Access Denied' }, 400),
      new Response('<html>', { status: 502 }),
    ]) {
      serve(answer);
      const error = (await refresh().catch((caught: unknown) => caught)) as ZohoError;
      expect(error.code).toBe('TOKEN_ENDPOINT_UNAVAILABLE');
      expect(error.isAuthProblem).toBe(false);
      expect(classifyFailure(error).kind).toBe('wait');
    }
  });

  it('accepts a refresh without api_domain, and legacy expires_in_sec with expires_in in milliseconds', async () => {
    serve(json({ access_token: 'a', expires_in_sec: 3600, expires_in: 3_600_000, token_type: 'Bearer' }));
    const grant = await refresh();
    expect(grant.apiDomain).toBe('https://www.zohoapis.com');
    expect(grant.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);
    expect(grant.expiresAt.getTime() - Date.now()).toBeGreaterThan(3_500_000);
  });
});

describe('the upload host’s own error bodies', () => {
  const upload = (value: ZohoAuth) =>
    uploadBulkFile(value, { apiVersion: 'v8', zgid: '1', zip: new Blob(['x']), fileName: 'a.zip' });

  it('an ERROR_CODE 401 gets one refresh; refused again, the connection needs reconnecting', async () => {
    const value = auth();
    const seen = serve(
      json({ ERROR_CODE: 401, ERROR_MESSAGE: 'Unauthorized' }, 401),
      json({ ERROR_CODE: 401, ERROR_MESSAGE: 'Unauthorized' }, 401),
    );
    const error = (await upload(value).catch((caught: unknown) => caught)) as ZohoError;
    expect(value.refreshes).toBe(1);
    expect(seen.map((call) => call.authorization)).toEqual([
      'Zoho-oauthtoken token-1',
      'Zoho-oauthtoken token-2',
    ]);
    expect(error.code).toBe('NEEDS_RECONNECT');
    expect(value.refused).toBe(1);
  });

  it('an ERROR_CODE 401 inside an HTTP 200 is a 401 too; a refresh that works carries on', async () => {
    const value = auth();
    serve(
      json({ ERROR_CODE: 401, ERROR_MESSAGE: 'Unauthorized' }),
      json({ status: 'success', code: 'FILE_UPLOAD_SUCCESS', details: { file_id: 'f1' } }),
    );
    expect(await upload(value)).toBe('f1');
    expect(value.refreshes).toBe(1);
  });

  it('a header problem says what is wrong and stops after a bounded number of tries', async () => {
    const value = auth();
    const seen = serve(
      json(
        { 'x-error': 'check if headers [feature, X-CRM-ORG] are present and valid', info: 'Forbidden' },
        400,
      ),
    );
    const error = (await upload(value).catch((caught: unknown) => caught)) as ZohoError;
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({ code: 'UPLOAD_REJECTED', httpStatus: 400 });
    expect(error.zohoMessage).toMatch(/X-CRM-ORG/);
    expect(classifyFailure(error)).toMatchObject({ kind: 'stop', message: expect.stringMatching(/zgid/) });
  });
});

describe('error envelopes and unreadable refusals', () => {
  it('unwraps {"data":[{…"status":"error"}]} to Zoho’s code', async () => {
    serve(json({ data: [{ status: 'error', code: 'INVALID_QUERY', message: 'bad', details: {} }] }, 400));
    const error = (await zohoJson(
      auth(),
      { url: '/crm/bulk/v8/read', method: 'POST', json: {} },
      z.object({}),
    ).catch((caught: unknown) => caught)) as ZohoError;
    expect(error.code).toBe('INVALID_QUERY');
  });

  it('tries an unreadable 4xx once more, then it is a refusal that stops, not an endless wait', async () => {
    const seen = serve(
      new Response('<html>nope</html>', { status: 400 }),
      new Response('<html>nope</html>', { status: 400 }),
    );
    const error = await zohoJson(auth(), { url: '/crm/v8/org' }, z.object({})).catch(
      (caught: unknown) => caught,
    );
    expect(seen).toHaveLength(2);
    expect(classifyFailure(error).kind).toBe('stop');
  });
});

describe('LIMIT_EXCEEDED told apart', () => {
  const limit = (message: string, details?: unknown) =>
    new ZohoError('LIMIT_EXCEEDED', 400, message, 'x', details);
  it('waits out credits and concurrency; stops on a per-request limit that waiting never lifts', () => {
    expect(classifyFailure(limit('API credits exhausted'))).toMatchObject({
      kind: 'wait',
      retryInMs: 900_000,
    });
    expect(classifyFailure(limit('Many requests fired in concurrent than the allowed limit'))).toMatchObject({
      kind: 'wait',
      retryInMs: 60_000,
    });
    expect(
      classifyFailure(limit('the file exceeds the maximum number of records', { limit: 25000 })).kind,
    ).toBe('stop');
    expect(classifyFailure(limit('limit exceeded')).kind).toBe('stop');
  });
});

describe('result downloads that redirect', () => {
  it('follows a redirect to another host of the data centre without sending it the token', async () => {
    const seen = serve(
      new Response(null, { status: 302, headers: { location: 'https://download.zoho.com/files/7.zip' } }),
      new Response('zip', { status: 200, headers: { 'content-type': 'application/zip' } }),
    );
    const stream = await downloadBulkResult(auth(), {
      url: 'https://download-accl.zoho.com/v2/crm/1/bulk-write/7/7.zip',
    });
    expect(await new Response(stream).text()).toBe('zip');
    expect(seen.map((call) => [new URL(call.url).host, call.authorization])).toEqual([
      ['download-accl.zoho.com', 'Zoho-oauthtoken token-1'],
      ['download.zoho.com', null],
    ]);
  });

  it('refuses a redirect to a host outside the data centre, before calling it', async () => {
    const seen = serve(
      new Response(null, { status: 302, headers: { location: 'https://evil.example/7.zip' } }),
    );
    const error = (await downloadBulkResult(auth(), { url: 'https://download-accl.zoho.com/7.zip' }).catch(
      (caught: unknown) => caught,
    )) as ZohoError;
    expect(error.code).toBe('HOST_NOT_ALLOWED');
    expect(seen).toHaveLength(1);
    expect(classifyFailure(error).kind).toBe('stop');
  });
});

describe('users past the first page', () => {
  it('reads every page while Zoho says more_records', async () => {
    const user = (id: number) => ({
      id: String(id),
      email: `u${id}@example.com`,
      full_name: `U ${id}`,
      status: 'active',
    });
    const seen = serve(
      json({
        users: Array.from({ length: 200 }, (_, index) => user(index)),
        info: { page: 1, per_page: 200, more_records: true },
      }),
      json({ users: [user(200)], info: { page: 2, per_page: 200, more_records: false } }),
    );
    const users = await listUsers(auth(), { apiVersion: 'v8' });
    expect(users).toHaveLength(201);
    expect(users.at(-1)?.email).toBe('u200@example.com');
    expect(seen.map((call) => new URL(call.url).searchParams.get('page'))).toEqual(['1', '2']);
  });
});
