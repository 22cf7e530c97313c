import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { getSessionSecret } from '@/lib/auth/get-secrets';

/**
 * The secret in a job's Zoho callback URL: derived from the server's own key, so it never has to be stored
 * (only its hash is, to check what arrives), and unguessable without that key.
 */
export function callbackSecret(kind: 'import' | 'export', jobId: string): string {
  return createHmac('sha256', getSessionSecret())
    .update(`zoho-callback:${kind}:${jobId}`)
    .digest('base64url');
}

export function hashCallbackSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function isCallbackSecret(secret: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashCallbackSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
