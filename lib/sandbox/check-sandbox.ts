import 'server-only';
import { env } from '@/lib/env';

const TIMEOUT_MS = 2_000;

/** Whether the built-in sandbox (the simulator) answers now; false while it is down or restarting. */
export async function isSandboxUp(): Promise<boolean> {
  const response = await fetch(new URL('/__sim/health', env().simUrl), {
    cache: 'no-store',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  }).catch(() => undefined);
  await response?.body?.cancel();
  return response?.ok ?? false;
}
