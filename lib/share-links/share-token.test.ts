import { describe, expect, it } from 'vitest';
import { generateShareToken, hashShareToken, isShareTokenShape } from './share-token';

describe('share tokens', () => {
  it('are 256 random bits in base64url: 43 URL-safe characters, different every time', () => {
    const tokens = Array.from({ length: 200 }, generateShareToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as a sha-256 hash that does not contain the token', () => {
    const token = generateShareToken();
    const hash = hashShareToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashShareToken(token)).toBe(hash);
    expect(hashShareToken(generateShareToken())).not.toBe(hash);
    // The known sha-256 of "abc" proves it is sha-256 and not some other digest.
    expect(hashShareToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recognises the shape of a token so anything else is refused without a lookup', () => {
    expect(isShareTokenShape(generateShareToken())).toBe(true);
    expect(isShareTokenShape('short')).toBe(false);
    expect(isShareTokenShape(`${generateShareToken()}x`)).toBe(false);
    expect(isShareTokenShape(`${'a'.repeat(42)}/`)).toBe(false);
  });
});
