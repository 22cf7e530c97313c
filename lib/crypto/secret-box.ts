import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { getTokenEncryptionKeys } from '@/lib/auth/get-secrets';

const VERSION = 'v1';

/**
 * AES-256-GCM with the key's id in the output (`v1.<keyId>.<iv>.<tag>.<ciphertext>`), so keys can rotate:
 * the first key encrypts, every listed key decrypts.
 */
export function encryptSecret(plaintext: string, keys = getTokenEncryptionKeys()): string {
  const key = keys[0];
  if (!key) throw new Error('No token-encryption key is configured.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${key.id}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    VERSION,
    key.id,
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

export function decryptSecret(sealed: string, keys = getTokenEncryptionKeys()): string {
  const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
  const key = keys.find((candidate) => candidate.id === keyId);
  if (version !== VERSION || !key || !iv || !tag || ciphertext === undefined) {
    throw new Error(
      'A stored secret cannot be decrypted with the configured keys (was TOKEN_ENCRYPTION_KEYS changed?).',
    );
  }
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
