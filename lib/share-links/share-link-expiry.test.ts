import { describe, expect, it } from 'vitest';
import { expiresAtFor, isShareLinkLive } from './share-link-expiry';

const now = new Date('2026-11-23T10:00:00.000Z');

describe('share link expiry', () => {
  it('offers 1 day, 7 days, 30 days and never', () => {
    expect(expiresAtFor('1d', now)?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(expiresAtFor('7d', now)?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(expiresAtFor('30d', now)?.toISOString()).toBe('2026-12-23T10:00:00.000Z');
    expect(expiresAtFor('never', now)).toBeNull();
  });

  it('a link works until its expiry instant, and never again once revoked', () => {
    const expiresAt = expiresAtFor('1d', now);
    const link = { revokedAt: null, expiresAt };
    expect(isShareLinkLive(link, now)).toBe(true);
    expect(isShareLinkLive(link, new Date('2026-11-24T09:59:59.999Z'))).toBe(true);
    expect(isShareLinkLive(link, new Date('2026-11-24T10:00:00.000Z'))).toBe(false);
    expect(isShareLinkLive({ revokedAt: null, expiresAt: null }, new Date('2099-01-01'))).toBe(true);
    expect(isShareLinkLive({ revokedAt: now, expiresAt: null }, now)).toBe(false);
    expect(isShareLinkLive({ revokedAt: now, expiresAt }, now)).toBe(false);
  });
});
