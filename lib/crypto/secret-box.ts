import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { getTokenEncryptionKeys } from '@/lib/auth/get-secrets';

const VERSION = 'v1';

/**
 * AES-256-GCM with the key's id in the output (`v1.<keyId>.<iv>.<tag>.<ciphertext>`), so keys can rotate:
 * the first key encrypts, every listed key decrypts. `context` (the connection id) is bound in as associated
 * data, so a value copied onto another connection does not decrypt.
 */
export function encryptSecret(plaintext: string, context: string, keys = getTokenEncryptionKeys()): string {
  const key = keys[0];
  if (!key) throw new Error('No token-encryption key is configured.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${key.id}.${context}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    VERSION,
    key.id,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

/** A stored secret that does not decrypt: tampered, copied from another connection, or its key is gone. */
export class SecretUnreadableError extends Error {
  override name = 'SecretUnreadableError';
}

export function decryptSecret(sealed: string, context: string, keys = getTokenEncryptionKeys()): string {
  try {
    const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
    const key = keys.find((candidate) => candidate.id === keyId);
    if (version !== VERSION || !key || !iv || !tag || ciphertext === undefined) {
      throw new Error(
        'A stored secret cannot be decrypted with the configured keys (was TOKEN_ENCRYPTION_KEYS changed?).',
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${VERSION}.${keyId}.${context}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch (error) {
    throw new SecretUnreadableError(error instanceof Error ? error.message : String(error));
  }
}
