import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { oauthStates } from '@/lib/db/schema';
import { type DataCentreId, getDataCentre } from '@/lib/zoho/data-centres';
import { clientFor } from './client-for';
import { ZOHO_SCOPES } from './zoho-scopes';

const STATE_TTL_MS = 10 * 60_000;

export function hashState(state: string): string {
  return createHash('sha256').update(state).digest('base64url');
}

/** The consent URL to send the admin to, with a single-use `state` bound to their session. */
export async function startConnect(options: {
  db: Db;
  adminId: string;
  dataCentreId: DataCentreId;
  appOrigin: string;
}): Promise<string> {
  const dc = getDataCentre(options.dataCentreId);
  const client = clientFor(dc);
  const state = randomBytes(32).toString('base64url');
  await options.db.delete(oauthStates).where(lt(oauthStates.expiresAt, new Date()));
  await options.db.insert(oauthStates).values({
    stateHash: hashState(state),
    adminId: options.adminId,
    dataCentre: dc.id,
    expiresAt: new Date(Date.now() + STATE_TTL_MS),
  });
  const url = new URL('/oauth/v2/auth', dc.consentUrl);
  url.search = new URLSearchParams({
    scope: ZOHO_SCOPES.join(','),
    client_id: client.clientId,
    response_type: 'code',
    access_type: 'offline',
    redirect_uri: `${options.appOrigin}/api/zoho/callback`,
    state,
    // The sandbox has granted its demo client already, so it connects in one click without a consent screen.
    ...(dc.id === 'sim' ? {} : { prompt: 'consent' }),
  }).toString();
  return url.toString();
}
