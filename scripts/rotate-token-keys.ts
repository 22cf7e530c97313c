// `npm run rotate-token-keys`: re-encrypts every stored Zoho secret with the first key of TOKEN_ENCRYPTION_KEYS.
// Put the new key first (`new:…,old:…`), run this with the server stopped, then drop the old key.
import { reencryptSecrets } from '@/lib/connections/reencrypt-secrets';
import { closeDb, getDb } from '@/lib/db/client';

async function main(): Promise<void> {
  const count = await reencryptSecrets(await getDb());
  await closeDb();
  console.log(
    `Re-encrypted the secrets of ${count} connection(s) with the first key of TOKEN_ENCRYPTION_KEYS.`,
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb().catch(() => undefined);
  process.exit(1);
});
