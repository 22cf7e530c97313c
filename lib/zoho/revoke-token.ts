import 'server-only';
import type { DataCentre } from './data-centres';

/** Best effort: a revoked or unknown token is as good as revoked. */
export async function revokeToken(dc: DataCentre, token: string): Promise<void> {
  await fetch(`${dc.accountsUrl}/oauth/v2/token/revoke?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    signal: AbortSignal.timeout(15_000),
  }).catch(() => undefined);
}
