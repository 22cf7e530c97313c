import 'server-only';
import { postOutbound } from '@/lib/outbound/post-outbound';
import type { LookupAll } from '@/lib/outbound/resolve-outbound-host';
import { signWebhook } from './sign-webhook';

/** One POST of a notice; anything but a 2xx answer is thrown with what the receiver said. */
export async function sendWebhook(options: {
  url: string;
  secret: string;
  deliveryId: string;
  event: string;
  body: string;
  allowPrivate: boolean;
  lookup?: LookupAll;
}): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const answer = await postOutbound(options.url, {
    body: options.body,
    allowPrivate: options.allowPrivate,
    lookup: options.lookup,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Fieldmap-Webhook/1',
      'X-Fieldmap-Event': options.event,
      'X-Fieldmap-Delivery': options.deliveryId,
      'X-Fieldmap-Timestamp': String(timestamp),
      'X-Fieldmap-Signature': signWebhook(options.secret, timestamp, options.body),
    },
  });
  if (answer.status >= 300 && answer.status < 400)
    throw new DeliveryError(
      `The receiver answered ${answer.status} (a redirect); Fieldmap does not follow redirects. Use the final URL.`,
      answer.status,
    );
  if (answer.status < 200 || answer.status >= 300)
    throw new DeliveryError(
      `The receiver answered ${answer.status}${answer.body ? `: ${answer.body.trim().slice(0, 200)}` : ''}.`,
      answer.status,
    );
  return answer.status;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly responseStatus?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
