import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './secret-box';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('secret box', () => {
  const k1 = key('k1');
  const k2 = key('k2');

  it('round-trips and never stores the plaintext', () => {
    const sealed = encryptSecret('1000.refresh.token', 'conn-1', [k1]);
    expect(sealed).not.toContain('refresh');
    expect(decryptSecret(sealed, 'conn-1', [k1])).toBe('1000.refresh.token');
  });

  it('refuses a tampered ciphertext', () => {
    const parts = encryptSecret('secret', 'conn-1', [k1]).split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => decryptSecret(parts.join('.'), 'conn-1', [k1])).toThrow();
  });

  it('refuses a value copied onto another connection', () => {
    const sealed = encryptSecret('refresh token of connection 1', 'conn-1', [k1]);
    expect(() => decryptSecret(sealed, 'conn-2', [k1])).toThrow();
  });

  it('rotates: a new first key encrypts, the old one still decrypts', () => {
    const old = encryptSecret('old secret', 'conn-1', [k1]);
    const fresh = encryptSecret('new secret', 'conn-1', [k2, k1]);
    expect(fresh.split('.')[1]).toBe('k2');
    expect(decryptSecret(old, 'conn-1', [k2, k1])).toBe('old secret');
    expect(() => decryptSecret(old, 'conn-1', [k2])).toThrow(/TOKEN_ENCRYPTION_KEYS/);
  });
});
