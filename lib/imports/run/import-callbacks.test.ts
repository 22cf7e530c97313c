import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importChunks, imports } from '@/lib/db/schema';
import { isCallbackSecret } from '@/lib/jobs/callback-secret';
import { type ImportHarness, LEADS_MAPPING, startImportHarness } from '../test/import-test-harness';
import { getImportStatusView } from '../views/import-status-view';
import { adoptCallbackJob } from './adopt-callback-job';

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
    const match = received[0]?.path.match(
      /^\/api\/zoho\/notify\/([0-9a-f-]{36})\/([\w-]+)\?chunk=0&attempt=1$/,
    );
    expect(match?.[1]).toBe(id);
    const [row] = await h.db.select().from(imports).where(eq(imports.id, id));
    expect(isCallbackSecret(match?.[2] ?? '', row?.callbackSecretHash ?? null)).toBe(true);
    expect(isCallbackSecret(`${match?.[2]}x`, row?.callbackSecretHash ?? null)).toBe(false);
    expect(row?.callbackSecretHash).not.toContain(match?.[2] ?? 'never');
  }, 60_000);

  it('adopts a job whose create answer was lost once Zoho confirms it is that batch’s, and never a forged one', async () => {
    const tag = 'Adopted Ltd';
    const other = await h.create(
      await h.upload(`Last Name,Company,Email
Babbage,${tag} other,adopt0@example.com
`),
      LEADS_MAPPING,
    );
    await h.run(other);
    const [otherChunk] = await h.db.select().from(importChunks).where(eq(importChunks.importId, other));

    await h.simControl('faults', {
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '^/crm/bulk/v8/write$', mode: 'accept-then-drop' }),
    });
    const id = await h.create(
      await h.upload(`Last Name,Company,Email
A,${tag},adopt1@example.com
B,${tag},adopt2@example.com
`),
      LEADS_MAPPING,
    );
    await h.run(id);
    const chunkOf = async () =>
      (await h.db.select().from(importChunks).where(eq(importChunks.importId, id)))[0];
    expect((await chunkOf())?.status).toBe('needs_attention');
    // Zoho runs the job it accepted and calls back, naming the chunk and attempt.
    await expect.poll(() => received.some((r) => r.path.includes(`/${id}/`)), { timeout: 10_000 }).toBe(true);
    const callback = received.find((r) => r.path.includes(`/${id}/`));
    const query = new URL(callback?.path ?? '', 'http://x').searchParams;
    const create = { chunk: Number(query.get('chunk')), attempt: Number(query.get('attempt')) };
    expect(create).toEqual({ chunk: 0, attempt: 1 });

    // A body naming another import's job is refused: Zoho says that job was made with another callback.
    expect(await adoptCallbackJob(h.db, id, create, { id: otherChunk?.zohoJobId })).toBe(false);
    expect((await chunkOf())?.status).toBe('needs_attention');

    const body = JSON.parse(callback?.body ?? '{}') as { id: string };
    expect(await adoptCallbackJob(h.db, id, create, body)).toBe(true);
    expect(await chunkOf()).toMatchObject({ status: 'in_zoho', zohoJobId: body.id });
    await h.run(id);
    const view = await getImportStatusView(h.db, id);
    expect(view).toMatchObject({ status: 'completed', reconciled: true, counts: { added: 2 } });
    expect((await chunkOf())?.createOutcome).toMatch(/Zoho's callback named the job, and Zoho confirmed it/);
    const emails = (await h.records('Leads')).filter((r) => r.Company === tag).map((r) => r.Email);
    expect(emails.sort()).toEqual(['adopt1@example.com', 'adopt2@example.com']);
  }, 90_000);
});
