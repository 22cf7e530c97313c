import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { env } from '@/lib/env';

const secretsFileSchema = z.object({
  sessionSecret: z.string().min(32),
  tokenEncryptionKeys: z.string().min(1),
});
type Secrets = z.infer<typeof secretsFileSchema>;

let cached: Secrets | undefined;

/** Secrets from env, else generated once into DATA_DIR/secrets.json (mode 0600) so `npm start` needs no setup. */
function loadSecrets(): Secrets {
  if (cached) return cached;
  const { SESSION_SECRET, TOKEN_ENCRYPTION_KEYS, dataDir } = env();
  const file = path.join(dataDir, 'secrets.json');
  let stored: Secrets | undefined;
  if ((!SESSION_SECRET || !TOKEN_ENCRYPTION_KEYS) && existsSync(file)) {
    stored = secretsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  if ((!SESSION_SECRET || !TOKEN_ENCRYPTION_KEYS) && !stored) {
    stored = {
      sessionSecret: randomBytes(32).toString('base64url'),
      tokenEncryptionKeys: `k1:${randomBytes(32).toString('base64url')}`,
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
    console.log(
      `[fieldmap] Generated a session secret and a token-encryption key in ${file}. Back it up with the rest of that directory.`,
    );
  }
  cached = {
    sessionSecret: SESSION_SECRET ?? stored?.sessionSecret ?? '',
    tokenEncryptionKeys: TOKEN_ENCRYPTION_KEYS ?? stored?.tokenEncryptionKeys ?? '',
  };
  return cached;
}

export function getSessionSecret(): string {
  return loadSecrets().sessionSecret;
}

/**
 * Keys as `id:base64url(32 bytes)`, comma-separated; the first encrypts, all decrypt (rotation).
 */
export function getTokenEncryptionKeys(): { id: string; key: Buffer }[] {
  return loadSecrets()
    .tokenEncryptionKeys.split(',')
    .map((entry) => {
      const [id, encoded] = entry.trim().split(':');
      const key = Buffer.from(encoded ?? '', 'base64url');
      if (!id || key.length !== 32)
        throw new Error('TOKEN_ENCRYPTION_KEYS must be id:base64url(32 bytes), comma-separated');
      return { id, key };
    });
}

export function resetSecretsForTests(): void {
  cached = undefined;
}
