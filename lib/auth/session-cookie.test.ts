import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import { readSession, sealSession, sessionCookieHeader } from './session-cookie';

const MINUTE_MS = 60_000;
const session = (at: number) => ({ adminId: crypto.randomUUID(), version: 1, issuedAt: at, seenAt: at });
const cookieFor = async (data: ReturnType<typeof session>) => `fieldmap_session=${await sealSession(data)}`;

describe('session cookie', () => {
  beforeEach(() => useTestEnv({ ...TEST_SECRETS, SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '2' }));

  it('reads back what it sealed', async () => {
    const data = session(Date.now());
    expect(await readSession(await cookieFor(data))).toEqual(data);
  });

  it('ends after the idle time without activity', async () => {
    const now = Date.now();
    const cookie = await cookieFor(session(now));
    expect(await readSession(cookie, now + 29 * MINUTE_MS)).not.toBeNull();
    expect(await readSession(cookie, now + 31 * MINUTE_MS)).toBeNull();
  });

  it('ends after the absolute lifetime even when active', async () => {
    const now = Date.now();
    const active = { ...session(now - 121 * MINUTE_MS), seenAt: now - MINUTE_MS };
    expect(await readSession(await cookieFor(active), now)).toBeNull();
  });

  it('rejects a tampered cookie or one sealed with another secret', async () => {
    const cookie = await cookieFor(session(Date.now()));
    expect(await readSession(`${cookie.slice(0, -3)}abc`)).toBeNull();
    useTestEnv({ SESSION_SECRET: 'a-completely-different-secret-0123456789abcdef' });
    expect(await readSession(cookie)).toBeNull();
  });

  it('is HttpOnly and SameSite=Lax; Secure with the __Host- prefix under https', () => {
    const plain = sessionCookieHeader('v', false);
    expect(plain).toMatch(/^fieldmap_session=v; Path=\/; HttpOnly; SameSite=Lax/);
    expect(plain).not.toContain('Secure');
    const secure = sessionCookieHeader('v', true);
    expect(secure).toMatch(/^__Host-fieldmap_session=v; Path=\/; HttpOnly; SameSite=Lax;.*Secure/);
    expect(secure).not.toContain('Domain');
  });
});
