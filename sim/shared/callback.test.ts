import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

describe('completion callbacks', () => {
  const received: unknown[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  let callbackUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zoho/callback`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const readJob = (url: string) => ({
    callback: { url, method: 'post' },
    query: { module: { api_name: 'Contacts' } },
  });

  it('refuses a loopback callback like Zoho does, unless local callbacks are allowed', async () => {
    const strict = await startTestSimulator({ allowPrivateCallbacks: false });
    const refused = await strict.call('POST', '/crm/bulk/v8/read', readJob(callbackUrl));
    await strict.close();
    expect(refused.json).toMatchObject({
      code: 'INVALID_CALLBACK_URL',
      details: { reason: 'possible ssrf attempt' },
    });

    const local = await startTestSimulator({ allowPrivateCallbacks: true });
    const created = await local.call('POST', '/crm/bulk/v8/read', readJob(callbackUrl));
    expect(created.status).toBe(201);
    await local.waitFor(
      async () => received.length,
      (count) => count > 0,
    );
    await local.close();
    expect(received[0]).toMatchObject({
      data: [{ id: created.json.data[0].details.id, state: 'COMPLETED', operation: 'read' }],
    });
  });
});
