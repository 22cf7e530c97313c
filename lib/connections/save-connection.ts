import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { decryptSecret, encryptSecret } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { type Connection, connections } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import type { DataCentre } from '@/lib/zoho/data-centres';
import { getOrg } from '@/lib/zoho/get-org';
import type { ClientCredentials, TokenGrant } from '@/lib/zoho/oauth-token';
import { revokeToken } from '@/lib/zoho/revoke-token';

/** Reads the org behind a fresh grant and stores the connection with every secret encrypted. */
export async function saveConnection(options: {
  db: Db;
  adminId: string;
  dc: DataCentre;
  client: ClientCredentials;
  isOwnClient: boolean;
  grant: TokenGrant & { refreshToken: string };
}): Promise<Connection> {
  const { db, dc, grant } = options;
  const apiVersion = env().ZOHO_API_VERSION;
  const auth = { dataCentre: dc, apiDomain: grant.apiDomain, getAccessToken: async () => grant.accessToken };
  const org = await getOrg(auth, { apiVersion });
  // Connecting an org again the same way (to reconnect it, or by a second click) refreshes that connection and
  // revokes its old refresh token; a self-client of the same org is a connection of its own.
  const [existing] = await db
    .select()
    .from(connections)
    .where(
      and(
        eq(connections.dataCentre, dc.id),
        eq(connections.orgId, org.orgId),
        options.isOwnClient
          ? isNotNull(connections.clientSecretEncrypted)
          : isNull(connections.clientSecretEncrypted),
      ),
    );
  // Secrets are bound to the connection id, so it is known before the row is written.
  const id = existing?.id ?? crypto.randomUUID();
  const values = {
    id,
    name: `${org.orgName}${dc.id === 'sim' ? ' (sandbox)' : ''}${options.isOwnClient ? ' (self-client)' : ''}`,
    dataCentre: dc.id,
    apiDomain: grant.apiDomain,
    apiVersion,
    orgId: org.orgId,
    zgid: org.zgid,
    orgName: org.orgName,
    userEmail: org.userEmail,
    clientId: options.client.clientId,
    clientSecretEncrypted: options.isOwnClient ? encryptSecret(options.client.clientSecret, id) : null,
    refreshTokenEncrypted: encryptSecret(grant.refreshToken, id),
    accessTokenEncrypted: encryptSecret(grant.accessToken, id),
    accessTokenExpiresAt: grant.expiresAt,
    scopes: grant.scopes.join(' '),
    isSandbox: dc.id === 'sim',
    createdBy: options.adminId,
  };
  const oldRefreshToken = existing ? decryptSecret(existing.refreshTokenEncrypted, existing.id) : undefined;
  if (oldRefreshToken && oldRefreshToken !== grant.refreshToken) await revokeToken(dc, oldRefreshToken);
  const [saved] = existing
    ? await db
        .update(connections)
        .set({ ...values, status: 'connected', updatedAt: new Date() })
        .where(eq(connections.id, existing.id))
        .returning()
    : await db.insert(connections).values(values).returning();
  if (!saved) throw new AppError('internal', 'The connection was not saved.');
  return saved;
}
