import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import { type LookupAll, resolveOutboundHost } from '@/lib/outbound/resolve-outbound-host';
import type { NoticePayload } from './import-notice';
import { DeliveryError } from './send-webhook';

const TIMEOUT_MS = 15_000;

/**
 * Sends a notice through SMTP_URL. Its host gets the same check as a webhook's, and the connection goes to the
 * checked address (TLS still verifies the configured name).
 */
export async function sendEmail(options: {
  to: string;
  notice: NoticePayload;
  allowPrivate: boolean;
  lookup?: LookupAll;
}): Promise<void> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL)
    throw new DeliveryError('E-mail is not set up on this server: set SMTP_URL (and SMTP_FROM) and restart.');
  const url = new URL(SMTP_URL);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const { address } = await resolveOutboundHost(hostname, options);
  const isSecure = url.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: address,
    port: url.port ? Number(url.port) : isSecure ? 465 : 587,
    secure: isSecure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    tls: { servername: hostname },
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  const { notice } = options;
  try {
    await transport.sendMail({
      from: SMTP_FROM ?? `Fieldmap <fieldmap@${hostname}>`,
      to: options.to,
      subject: `[Fieldmap] ${notice.title}`,
      text: `${notice.text}\n\nEvent: ${notice.event}\nOpen it: ${notice.subject.url}\n`,
    });
  } catch (error) {
    throw new DeliveryError(`The mail server refused or could not be reached: ${(error as Error).message}`);
  } finally {
    transport.close();
  }
}
