import 'server-only';
import { eq } from 'drizzle-orm';
import { decryptSecret } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { connections } from '@/lib/db/schema';
import { type DataCentreId, getDataCentre } from '@/lib/zoho/data-centres';
import { revokeToken } from '@/lib/zoho/revoke-token';
import { getConnection } from './get-connection';

/** Revokes the refresh token at Zoho (best effort) and forgets the connection. */
export async function disconnect(options: { db: Db; id: string }): Promise<void> {
  const connection = await getConnection(options.db, options.id);
  // A token that no longer decrypts cannot be revoked; the connection is forgotten all the same.
  const refreshToken = readRefreshToken(connection.refreshTokenEncrypted, connection.id);
  if (refreshToken) await revokeToken(getDataCentre(connection.dataCentre as DataCentreId), refreshToken);
  await options.db.delete(connections).where(eq(connections.id, connection.id));
}

function readRefreshToken(sealed: string, id: string): string | undefined {
  try {
    return decryptSecret(sealed, id);
  } catch {
    return undefined;
  }
}
