import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imports } from '@/lib/db/schema';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';

describe("Zoho's job callbacks, through the simulator's local-development setting", () => {
  let h: ImportHarness;
  let receiver: Server;
  const received: { path: string; body: string }[] = [];
  beforeAll(async () => {
    h = await startImportHarness({ allowPrivateCallbacks: true });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (part) => {
        body += part;
      });
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    h.context.callbackBaseUrl = () => `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    receiver.close();
    await h.close();
  });

  it('asks Zoho to call back with a secret only this server can check, and still finishes by polling', async () => {
    const id = await h.create(
      await h.upload('Last Name,Company,Email\nLovelace,Engines,cb@example.com\n'),
      LEADS_MAPPING,
    );
    await h.run(id);
    expect((await getImportStatusView(h.db, id))?.status).toBe('completed');
    await expect.poll(() => received.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const match = received[0]?.path.match(/^\/api\/zoho\/notify\/([0-9a-f-]{36})\/([\w-]+)$/);
    expect(match?.[1]).toBe(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(isCallbackSecret(match?.[2] ?? '', row?.callbackSecretHash ?? null)).toBe(true);
    expect(isCallbackSecret(`${match?.[2]}x`, row?.callbackSecretHash ?? null)).toBe(false);
    expect(row?.callbackSecretHash).not.toContain(match?.[2] ?? 'never');
  }, 60_000);
});
