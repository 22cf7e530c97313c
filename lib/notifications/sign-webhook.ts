import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * `X-Fieldmap-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the endpoint's secret; the
 * timestamp (X-Fieldmap-Timestamp, Unix seconds) is signed too, so a receiver can refuse old replays.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
