import 'server-only';
import { callbackBaseUrl } from '@/lib/imports/run/callback-base-url';
import { callbackSecret, hashCallbackSecret } from '@/lib/jobs/callback-secret';

/**
 * The callback URL for an export's bulk read jobs, when Zoho can reach this server (public https, or the local
 * sandbox when allowed). The secret is derived from the server's key and lives only in the URL; its sha-256 is
 * stored for the notify route to check.
 */
export function newCallbackUrl(
  exportId: string,
  isSandbox: boolean,
): { url: string; secretHash: string } | undefined {
  const base = callbackBaseUrl(isSandbox);
  if (!base) return undefined;
  const secret = callbackSecret('export', exportId);
  return { url: `${base}/api/zoho/notify/${exportId}/${secret}`, secretHash: hashCallbackSecret(secret) };
}
