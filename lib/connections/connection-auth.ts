import 'server-only';
import { eq } from 'drizzle-orm';
import { decryptSecret, encryptSecret, SecretUnreadableError } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { type Connection, connections } from '@/lib/db/schema';
import { type DataCentreId, getDataCentre } from '@/lib/zoho/data-centres';
import { refreshAccessToken } from '@/lib/zoho/refresh-access-token';
import type { ZohoAuth } from '@/lib/zoho/zoho-auth';
import { ZohoError } from '@/lib/zoho/zoho-error';
import { clientFor } from './client-for';

const EXPIRY_MARGIN_MS = 60_000;
const THROTTLE_BACKOFF_MS = 60_000;
/** One refresh at a time per connection: parallel calls share it instead of each asking Zoho. */
const refreshing = new Map<string, Promise<string>>();

export function connectionAuth(db: Db, connection: Connection): ZohoAuth {
  const dc = getDataCentre(connection.dataCentre as DataCentreId);
  let current = connection;
  return {
    dataCentre: dc,
    apiDomain: connection.apiDomain,
    async getAccessToken(options) {
      try {
        return await resolveToken(options);
      } catch (error) {
        if (!(error instanceof SecretUnreadableError)) throw error;
        await db
          .update(connections)
          .set({ status: 'needs_reconnect', updatedAt: new Date() })
          .where(eq(connections.id, connection.id));
        throw new ZohoError(
          'NEEDS_RECONNECT',
          401,
          `${connection.name}'s stored tokens cannot be decrypted`,
          'Reconnect the org on the Connection page (was TOKEN_ENCRYPTION_KEYS changed?).',
        );
      }
    },
  };

  async function resolveToken({
    isRefreshForced,
    rejectedToken,
  }: {
    isRefreshForced: boolean;
    rejectedToken?: string;
  }): Promise<string> {
    // A connection Zoho has refused for good waits for the admin instead of hammering the token endpoint.
    if (current.status === 'needs_reconnect') {
      throw new ZohoError(
        'NEEDS_RECONNECT',
        401,
        `${current.name} needs to be reconnected`,
        'Zoho no longer accepts its refresh token. Reconnect the org on the Connection page.',
      );
    }
    if (rejectedToken) {
      const [latest] = await db.select().from(connections).where(eq(connections.id, connection.id));
      if (latest) current = latest;
      const latestToken = current.accessTokenEncrypted
        ? decryptSecret(current.accessTokenEncrypted, connection.id)
        : undefined;
      if (latestToken && latestToken !== rejectedToken && !refreshing.has(connection.id)) return latestToken;
    }
    const isFresh =
      current.accessTokenEncrypted &&
      current.accessTokenExpiresAt &&
      current.accessTokenExpiresAt.getTime() - EXPIRY_MARGIN_MS > Date.now();
    if (isFresh && !isRefreshForced && current.accessTokenEncrypted)
      return decryptSecret(current.accessTokenEncrypted, connection.id);
    let pending = refreshing.get(connection.id);
    if (!pending) {
      pending = refresh(db, current, rejectedToken).finally(() => refreshing.delete(connection.id));
      refreshing.set(connection.id, pending);
    }
    const token = await pending;
    const [reloaded] = await db.select().from(connections).where(eq(connections.id, connection.id));
    if (reloaded) current = reloaded;
    return token;
  }
}

/**
 * Refreshes under a row lock so another process (or a call that got here first) refreshes at most once:
 * after the lock, a token that is already fresh and not the rejected one is simply used.
 */
async function refresh(db: Db, connection: Connection, rejectedToken?: string): Promise<string> {
  const dc = getDataCentre(connection.dataCentre as DataCentreId);
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx
        .select()
        .from(connections)
        .where(eq(connections.id, connection.id))
        .for('update');
      if (!locked) throw new Error('The connection was removed');
      const lockedToken = locked.accessTokenEncrypted
        ? decryptSecret(locked.accessTokenEncrypted, connection.id)
        : undefined;
      const isFresh =
        locked.accessTokenExpiresAt && locked.accessTokenExpiresAt.getTime() - EXPIRY_MARGIN_MS > Date.now();
      if (lockedToken && isFresh && lockedToken !== rejectedToken && locked.updatedAt > connection.updatedAt)
        return lockedToken;
      if (locked.throttledUntil && locked.throttledUntil.getTime() > Date.now()) {
        throw new ZohoError(
          'TOKEN_THROTTLED',
          429,
          `Zoho is throttling token requests until ${locked.throttledUntil.toISOString()}`,
          'Work resumes by itself after that time.',
        );
      }
      const grant = await refreshAccessToken(
        dc,
        clientFor(dc, locked),
        decryptSecret(locked.refreshTokenEncrypted, connection.id),
      );
      await tx
        .update(connections)
        .set({
          accessTokenEncrypted: encryptSecret(grant.accessToken, connection.id),
          accessTokenExpiresAt: grant.expiresAt,
          status: 'connected',
          throttledUntil: null,
          updatedAt: new Date(),
        })
        .where(eq(connections.id, connection.id));
      return grant.accessToken;
    });
  } catch (error) {
    // Throttled by Zoho's token endpoint: no refresh for a minute, instead of hammering it.
    if (
      error instanceof ZohoError &&
      error.code === 'TOKEN_THROTTLED' &&
      !error.zohoMessage.includes(' until ')
    ) {
      await db
        .update(connections)
        .set({ throttledUntil: new Date(Date.now() + THROTTLE_BACKOFF_MS) })
        .where(eq(connections.id, connection.id));
    }
    if (error instanceof ZohoError && error.isAuthProblem) {
      await db
        .update(connections)
        .set({ status: 'needs_reconnect', updatedAt: new Date() })
        .where(eq(connections.id, connection.id));
    }
    throw error;
  }
}
