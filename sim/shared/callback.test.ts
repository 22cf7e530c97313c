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

  it('POSTs a bulk write job’s details to its callback when it completes; refuses loopback without the setting', async () => {
    const strict = await startTestSimulator({ allowPrivateCallbacks: false });
    const writeJob = async (sim: typeof strict) => ({
      operation: 'insert',
      callback: { url: callbackUrl, method: 'post' },
      resource: [
        {
          type: 'data',
          module: { api_name: 'Contacts' },
          file_id: await sim.upload('Last_Name\nCallback\n'),
        },
      ],
    });
    const refused = await strict.call('POST', '/crm/bulk/v2.1/write', await writeJob(strict));
    await strict.close();
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      status: 'error',
      code: 'INVALID_CALLBACK_URL',
      message: `Invalid URL '${callbackUrl}' for callback.`,
      details: { reason: 'possible ssrf attempt' },
    });

    received.length = 0;
    const local = await startTestSimulator({ allowPrivateCallbacks: true });
    const created = await local.call('POST', '/crm/bulk/v2.1/write', await writeJob(local));
    expect(created.status).toBe(201);
    await local.waitFor(
      async () => received.length,
      (count) => count > 0,
    );
    await local.close();
    expect(received[0]).toMatchObject({
      id: created.json.details.id,
      status: 'COMPLETED',
      operation: 'insert',
      callback: { url: callbackUrl, method: 'post' },
      resource: [{ module: { api_name: 'Contacts' }, file: { added_count: 1, total_count: 1 } }],
    });
  });
});
