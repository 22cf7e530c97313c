import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { callbackBaseUrl } from '@/lib/imports/callback-base-url';

export const hashCallbackSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A fresh callback URL for one bulk read job, when Zoho can reach this server (public https, or the local
 * sandbox when allowed); the secret travels only inside the URL, its sha-256 (hex) is stored.
 */
export function newCallbackUrl(
  exportId: string,
  isSandbox: boolean,
): { url: string; secretHash: string } | undefined {
  const base = callbackBaseUrl(isSandbox);
  if (!base) return undefined;
  const secret = randomBytes(32).toString('base64url');
  return {
    url: `${base}/api/zoho/notify/${exportId}/${secret}`,
    secretHash: hashCallbackSecret(secret),
  };
}
