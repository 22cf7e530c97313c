import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSimulator } from '../test/sim-client';

describe('bulk read completion callback', () => {
  const received: { body: unknown; contentType?: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ body: JSON.parse(body), contentType: req.headers['content-type'] });
      res.end('ok');
    });
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zoho/bulk-read`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const job = () => ({
    callback: { url, method: 'post' },
    query: { module: { api_name: 'Deals' }, fields: ['Deal_Name'] },
  });

  it('refuses a loopback callback as Zoho does', async () => {
    const sim = await startTestSimulator();
    try {
      const response = await sim.call('POST', '/crm/bulk/v8/read', job());
      expect(response.status).toBe(400);
      expect(response.json.code).toBe('INVALID_CALLBACK_URL');
      const method = await sim.call('POST', '/crm/bulk/v8/read', {
        ...job(),
        callback: { url: 'https://hooks.example.com/zoho', method: 'get' },
      });
      expect(method.json).toEqual({
        status: 'error',
        code: 'INVALID_CALLBACK_METHOD',
        message: 'Invalid request method get for callback.',
        details: { supported_callback_methods: ['post'] },
      });
    } finally {
      await sim.close();
    }
  });

  it('with private callbacks allowed, POSTs the completed job details to the callback URL', async () => {
    const sim = await startTestSimulator({ allowPrivateCallbacks: true });
    try {
      const created = await sim.call('POST', '/crm/bulk/v8/read', job());
      expect(created.status).toBe(201);
      const id = created.json.data[0].details.id;
      const delivered = await sim.waitFor(
        async () => received,
        (list) => list.length > 0,
      );
      expect(delivered[0]?.contentType).toBe('application/json');
      expect(delivered[0]?.body).toEqual((await sim.call('GET', `/crm/bulk/v8/read/${id}`)).json);
      expect(delivered[0]?.body).toMatchObject({
        data: [{ id, operation: 'read', state: 'COMPLETED', callback: { url, method: 'post' } }],
      });
    } finally {
      await sim.close();
    }
  });
});
