import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { startTestSimulator } from '@/sim/test/sim-client';
import {
  createReadResponseSchema,
  createWriteResponseSchema,
  readJobSchema,
  uploadResponseSchema,
  writeJobSchema,
} from './bulk-schemas';
import { orgResponseSchema, tokenGrantSchema, usersPageSchema } from './zoho-schemas';

type Fixture = { source: string; call: { method: string; path: string }; body: unknown };

// Answers derived from Zoho's documented examples (docs/) and, once the live suite has run, real ones (live/).
const DIRS = ['docs', 'live'].map((dir) => path.join(__dirname, 'fixtures', dir));
const fixtures = DIRS.flatMap((dir) => {
  const names = (() => {
    try {
      return readdirSync(dir).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
  })();
  return names.map((name) => ({
    name: `${path.basename(dir)}/${name}`,
    ...(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Fixture),
  }));
});

function schemaFor(call: Fixture['call']): z.ZodType {
  const route = `${call.method} ${call.path.replace(/\?.*$/, '')}`;
  if (route === 'POST /oauth/v2/token') return tokenGrantSchema;
  if (route === 'GET /crm/v8/org') return orgResponseSchema;
  if (route === 'GET /crm/v8/users') return usersPageSchema;
  if (route === 'POST /crm/v8/upload') return uploadResponseSchema;
  if (route === 'POST /crm/bulk/v8/write') return createWriteResponseSchema;
  if (route.startsWith('GET /crm/bulk/v8/write/')) return writeJobSchema;
  if (route === 'POST /crm/bulk/v8/read') return createReadResponseSchema;
  if (route.startsWith('GET /crm/bulk/v8/read/')) return readJobSchema;
  throw new Error(`No schema for ${route}`);
}

/** Every key of the fixture, with its JSON type, found in the simulator's answer (first array items compared). */
function shapeGaps(expected: unknown, actual: unknown, at = ''): string[] {
  const type = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (type(expected) !== type(actual)) return [`${at || '(root)'}: ${type(expected)} ≠ ${type(actual)}`];
  if (Array.isArray(expected)) return shapeGaps(expected[0], (actual as unknown[])[0], `${at}[0]`);
  if (type(expected) !== 'object') return [];
  return Object.entries(expected as Record<string, unknown>).flatMap(([key, value]) => {
    const other = (actual as Record<string, unknown>)[key];
    if (other === undefined) return [`${at}.${key}: missing`];
    // Zoho writes nulls where a mapping option is unset; the simulator may too, or give the value.
    if (value === null || other === null) return [];
    return shapeGaps(value, other, `${at}.${key}`);
  });
}

describe('Zoho fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'our schemas read %s',
    (_name, fixture) => {
      expect(schemaFor(fixture.call).safeParse(fixture.body).error?.issues ?? []).toEqual([]);
    },
  );

  describe('the simulator answers the same calls with the same keys and types', () => {
    let sim: Awaited<ReturnType<typeof startTestSimulator>>;
    const answers = new Map<string, unknown>();
    beforeAll(async () => {
      sim = await startTestSimulator({ rowsPerSecond: 50 });
      answers.set('GET /crm/v8/org', (await sim.call('GET', '/crm/v8/org')).json);
      answers.set(
        'GET /crm/v8/users',
        (await sim.call('GET', '/crm/v8/users?type=AllUsers&page=1&per_page=200')).json,
      );
      const token = await fetch(`${sim.sim.url}/oauth/v2/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: '1000.SIMULATOR',
          client_secret: 'simulator-secret',
          refresh_token: sim.sim.context.config.selfClientRefreshToken,
        }),
      });
      answers.set('POST /oauth/v2/token', await token.json());
      const uploaded = await sim.uploadZip([{ name: 'Fil2.csv', content: 'Last_Name\nAda\nGrace\n' }]);
      answers.set('POST /crm/v8/upload', uploaded);
      const fileId = uploaded.details.file_id;
      const created = await sim.call('POST', '/crm/bulk/v8/write', {
        operation: 'insert',
        resource: [
          {
            type: 'data',
            module: { api_name: 'Leads' },
            file_id: fileId,
            field_mappings: [
              { api_name: 'Last_Name', index: 0 },
              { api_name: 'Owner', find_by: 'id', default_value: { value: '5725767000000225013' } },
            ],
          },
        ],
      });
      answers.set('POST /crm/bulk/v8/write', created.json);
      const jobPath = `/crm/bulk/v8/write/${created.json.details.id}`;
      answers.set('write ADDED', (await sim.call('GET', jobPath)).json);
      answers.set(
        'write COMPLETED',
        await sim.waitFor(
          async () => (await sim.call('GET', jobPath)).json,
          (job) => job.status === 'COMPLETED',
        ),
      );
      const read = await sim.call('POST', '/crm/bulk/v8/read', { query: { module: { api_name: 'Leads' } } });
      answers.set('POST /crm/bulk/v8/read', read.json);
      const readPath = `/crm/bulk/v8/read/${read.json.data[0].details.id}`;
      answers.set(
        'read QUEUED',
        await sim.waitFor(
          async () => (await sim.call('GET', readPath)).json,
          (job) => job.data[0].state === 'QUEUED',
        ),
      );
      await sim.call('POST', '/__sim/settings', { readPageSize: 1 });
      const paged = await sim.call('POST', '/crm/bulk/v8/read', { query: { module: { api_name: 'Leads' } } });
      answers.set(
        'read COMPLETED',
        await sim.waitFor(
          async () => (await sim.call('GET', `/crm/bulk/v8/read/${paged.json.data[0].details.id}`)).json,
          (job) => job.data[0].state === 'COMPLETED',
        ),
      );
    }, 120_000);
    afterAll(() => sim.close());

    const keyFor = (fixture: Fixture & { name: string }) => {
      if (fixture.name.endsWith('write-job-added.json')) return 'write ADDED';
      if (fixture.name.endsWith('write-job-completed.json')) return 'write COMPLETED';
      if (fixture.name.endsWith('read-job-queued.json')) return 'read QUEUED';
      if (fixture.name.endsWith('read-job-completed.json')) return 'read COMPLETED';
      return `${fixture.call.method} ${fixture.call.path.replace(/\?.*$/, '')}`;
    };

    it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
      const answer = answers.get(keyFor(fixture));
      expect(answer, `no simulator answer recorded for ${keyFor(fixture)}`).toBeDefined();
      expect(shapeGaps(fixture.body, answer)).toEqual([]);
    });
  });
});
