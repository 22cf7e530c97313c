import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const stored = SESSION_SECRET && TOKEN_ENCRYPTION_KEYS ? undefined : readOrCreateSecrets(dataDir);
  cached = {
    sessionSecret: SESSION_SECRET ?? stored?.sessionSecret ?? '',
    tokenEncryptionKeys: TOKEN_ENCRYPTION_KEYS ?? stored?.tokenEncryptionKeys ?? '',
  };
  return cached;
}

/**
 * Next loads this module in several bundles (instrumentation, proxy, routes), each with its own cache: the file
 * is created atomically (write a temp file, then link it into place) so they all end up with the same secrets.
 */
function readOrCreateSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  if (!existsSync(file)) {
    const fresh: Secrets = {
      sessionSecret: randomBytes(32).toString('base64url'),
      tokenEncryptionKeys: `k1:${randomBytes(32).toString('base64url')}`,
    };
    mkdirSync(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, JSON.stringify(fresh, null, 2), { mode: 0o600 });
    try {
      linkSync(temp, file);
      console.log(
        `[fieldmap] Generated a session secret and a token-encryption key in ${file}. Back it up with the rest of that directory.`,
      );
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  return secretsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
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
