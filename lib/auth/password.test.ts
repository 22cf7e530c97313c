import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing (scrypt)', () => {
  it('accepts the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery!', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords never share a stored value', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same password 123'),
      hashPassword('same password 123'),
    ]);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toContain('same password');
  });

  it('rejects a tampered or foreign hash instead of throwing', async () => {
    const stored = await hashPassword('another password');
    const tampered = `${stored.slice(0, -2)}AA`;
    expect(await verifyPassword('another password', tampered)).toBe(false);
    expect(await verifyPassword('another password', 'bcrypt$whatever')).toBe(false);
    expect(await verifyPassword('another password', '')).toBe(false);
  });
});
