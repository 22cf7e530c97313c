import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleRuns, schedules } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import {
  type ImportHarness,
  LEADS_MAPPING,
  startImportHarness,
} from '@/lib/imports/test/import-test-harness';
import { createNotificationChannel } from './create-notification-channel';
import type { NoticePayload } from './import-notice';
import { listNotificationDeliveries } from './list-notification-deliveries';
import { queueNotifyEvent, registerNotificationJobs } from './notification-jobs';
import type { CreateNotificationChannelInput } from './notification-schemas';

type Received = { path: string; headers: Record<string, string | string[] | undefined>; body: string };

function leadsCsv(rows: number, tag: string): string {
  const lines = ['Last Name,Company,Email'];
  for (let i = 1; i <= rows; i += 1) lines.push(`Meitner ${i},Berlin,${tag}${i}@example.com`);
  return `${lines.join('\n')}\n`;
}

describe('notifications', () => {
  let h: ImportHarness;
  let receiver: Server;
  let sink: SMTPServer;
  let hookBase = '';
  let smtpPort = 0;
  const received: Received[] = [];
  const mails: { to: string[]; raw: string }[] = [];
  const flakyAnswers = [500];

  beforeAll(async () => {
    h = await startImportHarness();
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ path: request.url ?? '', headers: request.headers, body });
        if (request.url === '/moved') return response.writeHead(301, { Location: '/elsewhere' }).end();
        const status = request.url === '/flaky' ? (flakyAnswers.shift() ?? 200) : 200;
        response.writeHead(status).end(status === 200 ? 'ok' : 'receiver is down');
      });
    });
    hookBase = `http://127.0.0.1:${await listenHttp(receiver)}`;
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk) => {
          raw += chunk;
        });
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
          callback();
        });
      },
    });
    smtpPort = await listenSmtp(sink);
    process.env.NOTIFY_ALLOW_PRIVATE_HOSTS = '1';
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
    process.env.SMTP_FROM = 'Fieldmap <fieldmap@example.com>';
    resetEnvForTests();
    await registerNotificationJobs({ db: h.db, boss: h.boss, retryBaseSeconds: 1 });
    h.context.announce = (tx, importId, event) =>
      queueNotifyEvent(h.boss, tx, { subjectKind: 'import', subjectId: importId, event });
  }, 240_000);

  afterAll(async () => {
    delete process.env.NOTIFY_ALLOW_PRIVATE_HOSTS;
    delete process.env.SMTP_URL;
    delete process.env.SMTP_FROM;
    resetEnvForTests();
    await h?.close();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    await new Promise<void>((resolve) => sink?.close(() => resolve()));
  });

  const admin = () => ({ adminId: h.adminId, email: 'ops@example.com', name: 'Ops' });
  const channel = (input: Partial<CreateNotificationChannelInput>) =>
    createNotificationChannel({
      db: h.db,
      admin: admin(),
      input: {
        kind: 'webhook',
        name: 'hook',
        target: `${hookBase}/hook`,
        events: ['completed'],
        scope: 'own',
        ...input,
      },
    });
  const deliveriesFor = async (channelId: string, importId: string) =>
    (await listNotificationDeliveries({ db: h.db, adminId: h.adminId })).filter(
      (delivery) => delivery.channelId === channelId && delivery.subjectId === importId,
    );
  // Up to 90 s: on a busy CI machine the notify queue can take a while to pick a delivery up.
  async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
    let value = await read();
    for (let wait = 0; !isDone(value) && wait < 360; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      value = await read();
    }
    return value;
  }

  it('a completed import: the webhook is signed, retried after a 500, and an e-mail arrives', {
    timeout: 240_000,
  }, async () => {
    const flaky = await channel({ name: 'Ops channel', target: `${hookBase}/flaky` });
    expect(flaky.secret).toMatch(/^whsec_/);
    const email = await channel({ kind: 'email', name: 'Ops mail', target: 'ops-team@example.com' });
    const failedOnly = await channel({
      name: 'Failures only',
      target: `${hookBase}/failures`,
      events: ['failed'],
    });
    const moved = await channel({ name: 'Moved', target: `${hookBase}/moved` });

    const id = await h.create(await h.upload(leadsCsv(3, 'notify-')), LEADS_MAPPING);
    await h.run(id);

    const [hookLog] = await waitFor(
      () => deliveriesFor(flaky.item.id, id),
      (log) => log[0]?.status === 'delivered',
    );
    expect(hookLog).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200, lastError: null });
    const calls = received.filter((call) => call.path === '/flaky');
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      const timestamp = String(call.headers['x-fieldmap-timestamp']);
      const expected = createHmac('sha256', flaky.secret ?? '')
        .update(`${timestamp}.${call.body}`)
        .digest('hex');
      expect(call.headers['x-fieldmap-signature']).toBe(`sha256=${expected}`);
      expect(call.headers['x-fieldmap-delivery']).toBe(hookLog?.id);
    }
    const body = JSON.parse(calls[0]?.body ?? '{}') as NoticePayload;
    expect(body).toMatchObject({
      event: 'import.completed',
      subject: { kind: 'import', id },
      import: { status: 'completed', reconciled: true, counts: { added: 3 } },
    });
    expect(body.text).toMatch(/^Fieldmap: Import “.*” completed\. 3 added\. http/);
    // A signature made with another secret does not match.
    expect(createHmac('sha256', 'whsec_other').update(`1.${calls[0]?.body}`).digest('hex')).not.toBe(
      String(calls[0]?.headers['x-fieldmap-signature']).slice(7),
    );

    const [mailLog] = await waitFor(
      () => deliveriesFor(email.item.id, id),
      (log) => log[0]?.status === 'delivered',
    );
    expect(mailLog).toMatchObject({ status: 'delivered', attempts: 1 });
    const mail = mails.find((m) => m.to.includes('ops-team@example.com'));
    const decoded = readMail(mail?.raw ?? '');
    expect(decoded.subject).toBe('[Fieldmap] Import “leads.csv” completed');
    expect(decoded.body).toContain(`completed. 3 added. http://localhost:3000/imports/${id}`);

    expect(await deliveriesFor(failedOnly.item.id, id)).toEqual([]);
    expect(received.some((call) => call.path === '/failures')).toBe(false);

    const [movedLog] = await waitFor(
      () => deliveriesFor(moved.item.id, id),
      (log) => (log[0]?.attempts ?? 0) >= 1,
    );
    expect(movedLog).toMatchObject({ status: 'retrying', responseStatus: 301 });
    expect(movedLog?.lastError).toMatch(/does not follow redirects/);
    expect(received.some((call) => call.path === '/elsewhere')).toBe(false);
  });

  it('a dead mail server and a dead receiver leave the import completed; the log says why', {
    timeout: 240_000,
  }, async () => {
    const closed = createServer();
    const closedPort = await listenHttp(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${closedPort}`;
    resetEnvForTests();
    const dead = await channel({ name: 'Dead hook', target: `http://127.0.0.1:${closedPort}/hook` });
    const mail = await channel({ kind: 'email', name: 'Dead mail', target: 'ops-team@example.com' });

    const id = await h.create(await h.upload(leadsCsv(2, 'dead-')), LEADS_MAPPING);
    await h.run(id);
    const [row] = await h.db.query.imports.findMany({ where: (t, { eq }) => eq(t.id, id) });
    expect(row?.status).toBe('completed');
    for (const channelId of [dead.item.id, mail.item.id]) {
      const [log] = await waitFor(
        () => deliveriesFor(channelId, id),
        (entries) => (entries[0]?.attempts ?? 0) >= 1,
      );
      expect(log).toMatchObject({ status: 'retrying' });
      expect(log?.lastError).toMatch(/ECONNREFUSED|could not be reached/);
    }
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
    resetEnvForTests();
  });

  it("a schedule's channel hears only about that schedule's imports", { timeout: 240_000 }, async () => {
    const [schedule] = await h.db
      .insert(schedules)
      .values({
        name: 'Nightly ERP',
        templateId: crypto.randomUUID(),
        sourcePath: 'erp',
        cron: '0 2 * * *',
        adminId: h.adminId,
      })
      .returning();
    const hook = await channel({
      name: 'ERP hook',
      target: `${hookBase}/erp`,
      scope: 'schedule',
      scheduleId: schedule?.id,
    });
    expect(hook.item.scheduleName).toBe('Nightly ERP');

    const byHand = await h.create(await h.upload(leadsCsv(1, 'by-hand-')), LEADS_MAPPING);
    await h.run(byHand);
    const scheduled = await h.create(await h.upload(leadsCsv(1, 'scheduled-')), LEADS_MAPPING);
    await h.db.insert(scheduleRuns).values({
      scheduleId: schedule?.id ?? '',
      fileName: 'erp.csv',
      outcome: 'imported',
      message: 'Import started.',
      importId: scheduled,
    });
    await h.run(scheduled);

    const [log] = await waitFor(
      () => deliveriesFor(hook.item.id, scheduled),
      (entries) => entries[0]?.status === 'delivered',
    );
    expect(log?.status).toBe('delivered');
    expect(await deliveriesFor(hook.item.id, byHand)).toEqual([]);
  });

  it('refuses a webhook on a private address unless the setting allows it', async () => {
    process.env.NOTIFY_ALLOW_PRIVATE_HOSTS = '0';
    resetEnvForTests();
    try {
      await expect(channel({ target: 'http://169.254.169.254/latest/meta-data/' })).rejects.toThrow(
        /cloud metadata address/,
      );
      await expect(channel({ target: `${hookBase}/hook` })).rejects.toThrow(/loopback/);
    } finally {
      process.env.NOTIFY_ALLOW_PRIVATE_HOSTS = '1';
      resetEnvForTests();
    }
  });
});

async function listenHttp(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

async function listenSmtp(server: SMTPServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return ((server as unknown as { server: Server }).server.address() as AddressInfo).port;
}

/** Quoted-printable (with nodemailer's encoded-word subject), enough to read what the sink received. */
function readMail(raw: string): { subject: string; body: string } {
  const qp = (text: string) =>
    Buffer.from(
      text
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  const folded = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const subject = folded
    .replace(/\r?\n[ \t]+/g, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, word: string) => qp(word.replace(/_/g, ' ')));
  return { subject, body: qp(raw.slice(raw.search(/\r?\n\r?\n/))) };
}
