import 'server-only';
import { env } from '@/lib/env';

/**
 * Where Zoho can POST job callbacks to this app: the public https URL when one is configured; for the local
 * sandbox, this machine when the simulator is told to accept that. Otherwise none: polling alone finishes jobs.
 */
export function callbackBaseUrl(isSandbox: boolean): string | undefined {
  const { PUBLIC_BASE_URL, PORT, SIM_ALLOW_PRIVATE_CALLBACKS } = env();
  if (isSandbox) return SIM_ALLOW_PRIVATE_CALLBACKS ? `http://127.0.0.1:${PORT}` : undefined;
  if (PUBLIC_BASE_URL?.startsWith('https://')) return PUBLIC_BASE_URL.replace(/\/$/, '');
  return undefined;
}
