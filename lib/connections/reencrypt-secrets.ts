import 'server-only';
import { eq } from 'drizzle-orm';
import { decryptSecret, encryptSecret } from '@/lib/crypto/secret-box';
import type { Db } from '@/lib/db/client';
import { connections } from '@/lib/db/schema';

const reseal = (sealed: string | null, id: string) =>
  sealed === null ? null : encryptSecret(decryptSecret(sealed, id), id);

/** After a new key is put first in TOKEN_ENCRYPTION_KEYS: every stored secret re-encrypted with it. */
export async function reencryptSecrets(db: Db): Promise<number> {
  const rows = await db.select().from(connections);
  for (const row of rows) {
    await db
      .update(connections)
      .set({
        refreshTokenEncrypted: encryptSecret(decryptSecret(row.refreshTokenEncrypted, row.id), row.id),
        accessTokenEncrypted: reseal(row.accessTokenEncrypted, row.id),
        clientSecretEncrypted: reseal(row.clientSecretEncrypted, row.id),
      })
      .where(eq(connections.id, row.id));
  }
  return rows.length;
}
