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
/** Zoho: ten access tokens per refresh token in ten minutes, then blocked for the rest of the ten minutes. */
const THROTTLE_BLOCK_MS = 10 * 60_000;
const UNKNOWN_BACKOFF_MS = 60_000;
/** How long a claimed refresh may take (the token request times out after 30 s). */
const CLAIM_MS = 45_000;
const CLAIM_POLL_MS = 250;
/** Token-endpoint answers in a row that were neither a grant nor a known refusal, per connection. */
const failedTries = new Map<string, number>();
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
    async markRefused() {
      await db
        .update(connections)
        .set({ status: 'needs_reconnect', updatedAt: new Date() })
        .where(eq(connections.id, connection.id));
      current = { ...current, status: 'needs_reconnect' };
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

type Claim = { token: string } | { isClaimed: true; row: Connection } | { isBusy: true };

/**
 * A refresh in three steps so that no transaction is open while Zoho is called (an embedded database serves one
 * transaction at a time): a short claim under a row lock (or a token someone else just got), the token request
 * outside any transaction, then a write. Another process that sees a live claim waits for its result.
 */
async function refresh(db: Db, connection: Connection, rejectedToken?: string): Promise<string> {
  for (let waited = 0; ; waited += CLAIM_POLL_MS) {
    const claim = await claimRefresh(db, connection, rejectedToken);
    if ('token' in claim) return claim.token;
    if ('isClaimed' in claim) return refreshClaimed(db, claim.row);
    if (waited > CLAIM_MS) throw unavailable(connection, 'Another token refresh did not finish');
    await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
  }
}

async function claimRefresh(db: Db, connection: Connection, rejectedToken?: string): Promise<Claim> {
  return db.transaction(async (tx) => {
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
      return { token: lockedToken };
    if (locked.status === 'needs_reconnect') throw needsReconnect(locked);
    if (locked.throttledUntil && locked.throttledUntil.getTime() > Date.now())
      throw paused(locked.throttledUntil);
    if (locked.refreshClaimedUntil && locked.refreshClaimedUntil.getTime() > Date.now())
      return { isBusy: true };
    await tx
      .update(connections)
      .set({ refreshClaimedUntil: new Date(Date.now() + CLAIM_MS) })
      .where(eq(connections.id, connection.id));
    return { isClaimed: true, row: locked };
  });
}

async function refreshClaimed(db: Db, row: Connection): Promise<string> {
  const dc = getDataCentre(row.dataCentre as DataCentreId);
  let grant: Awaited<ReturnType<typeof refreshAccessToken>>;
  try {
    grant = await refreshAccessToken(
      dc,
      clientFor(dc, row),
      decryptSecret(row.refreshTokenEncrypted, row.id),
    );
  } catch (error) {
    await db
      .update(connections)
      .set({ refreshClaimedUntil: null, ...afterRefusal(row.id, error) })
      .where(eq(connections.id, row.id));
    if (error instanceof ZohoError && isPause(error)) {
      const [after] = await db.select().from(connections).where(eq(connections.id, row.id));
      if (after?.throttledUntil) throw paused(after.throttledUntil, error);
    }
    throw error;
  }
  failedTries.delete(row.id);
  await db
    .update(connections)
    .set({
      accessTokenEncrypted: encryptSecret(grant.accessToken, row.id),
      accessTokenExpiresAt: grant.expiresAt,
      status: 'connected',
      throttledUntil: null,
      refreshClaimedUntil: null,
      updatedAt: new Date(),
    })
    .where(eq(connections.id, row.id));
  return grant.accessToken;
}

const isPause = (error: ZohoError) =>
  error.code === 'TOKEN_THROTTLED' ||
  error.code === 'TOKEN_ENDPOINT_UNAVAILABLE' ||
  error.code === 'NETWORK_ERROR';

/**
 * What a failed refresh leaves on the connection. Throttling: Zoho blocks for the rest of a ten-minute window,
 * so ten minutes from now always clears it (asking sooner only extends the block). An answer Fieldmap cannot
 * place: a pause that doubles from a minute up to ten. Only a documented permanent refusal needs a reconnect.
 */
function afterRefusal(connectionId: string, error: unknown): Partial<Connection> {
  if (!(error instanceof ZohoError)) return {};
  if (error.isAuthProblem) return { status: 'needs_reconnect', updatedAt: new Date() };
  if (error.code === 'TOKEN_THROTTLED') return { throttledUntil: new Date(Date.now() + THROTTLE_BLOCK_MS) };
  if (!isPause(error)) return {};
  const tries = (failedTries.get(connectionId) ?? 0) + 1;
  failedTries.set(connectionId, tries);
  const backoff = Math.min(THROTTLE_BLOCK_MS, UNKNOWN_BACKOFF_MS * 2 ** (tries - 1));
  return { throttledUntil: new Date(Date.now() + backoff) };
}

function paused(until: Date, cause?: ZohoError): ZohoError {
  const isThrottle = !cause || cause.code === 'TOKEN_THROTTLED';
  return new ZohoError(
    isThrottle ? 'TOKEN_THROTTLED' : 'TOKEN_ENDPOINT_UNAVAILABLE',
    cause?.httpStatus ?? 429,
    `${cause ? `${cause.zohoMessage}. ` : ''}No token is requested until ${until.toISOString()}`,
    'Work on this connection resumes by itself at that time.',
    { resumesAt: until.toISOString() },
  );
}

function needsReconnect(row: Connection): ZohoError {
  return new ZohoError(
    'NEEDS_RECONNECT',
    401,
    `${row.name} needs to be reconnected`,
    'Zoho no longer accepts its refresh token. Reconnect the org on the Connection page.',
  );
}

function unavailable(row: Connection, message: string): ZohoError {
  return new ZohoError(
    'TOKEN_ENDPOINT_UNAVAILABLE',
    0,
    `${message} for ${row.name}`,
    'Work on this connection resumes by itself shortly.',
    { resumesAt: new Date(Date.now() + UNKNOWN_BACKOFF_MS).toISOString() },
  );
}
