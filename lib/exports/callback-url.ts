import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

export const hashCallbackSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A fresh callback URL for one bulk read job, only when this server is reachable over https (Zoho calls only
 * public https addresses); the secret travels only inside the URL, its sha-256 is stored.
 */
export function newCallbackUrl(exportId: string): { url: string; secretHash: string } | undefined {
  const base = env().PUBLIC_BASE_URL;
  if (!base?.startsWith('https://')) return undefined;
  const secret = randomBytes(32).toString('base64url');
  return {
    url: `${base.replace(/\/$/, '')}/api/zoho/notify/${exportId}/${secret}`,
    secretHash: hashCallbackSecret(secret),
  };
}
