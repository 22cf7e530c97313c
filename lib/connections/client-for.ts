import 'server-only';
import { decryptSecret } from '@/lib/crypto/secret-box';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import type { DataCentre } from '@/lib/zoho/data-centres';
import type { ClientCredentials } from '@/lib/zoho/oauth-token';

// The simulator's demo self-client: public by design, like a sandbox's example credentials.
const SANDBOX_CLIENT: ClientCredentials = { clientId: '1000.SIMULATOR', clientSecret: 'simulator-secret' };

export function isZohoClientConfigured(): boolean {
  return Boolean(env().ZOHO_CLIENT_ID && env().ZOHO_CLIENT_SECRET);
}

/** The OAuth client for a DC: the sandbox's demo client, a connection's own self-client, or ZOHO_CLIENT_*. */
export function clientFor(
  dc: DataCentre,
  stored?: { id: string; clientId: string; clientSecretEncrypted: string | null },
): ClientCredentials {
  if (dc.id === 'sim') return SANDBOX_CLIENT;
  if (stored?.clientSecretEncrypted)
    return {
      clientId: stored.clientId,
      clientSecret: decryptSecret(stored.clientSecretEncrypted, stored.id),
    };
  const { ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET } = env();
  if (!ZOHO_CLIENT_ID || !ZOHO_CLIENT_SECRET) {
    throw new AppError(
      'bad_request',
      'No Zoho client is configured. Set ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET, or connect with a self-client.',
    );
  }
  return { clientId: ZOHO_CLIENT_ID, clientSecret: ZOHO_CLIENT_SECRET };
}
