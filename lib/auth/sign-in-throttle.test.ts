import { describe, expect, it } from 'vitest';
import { accountLockMs, clientRetryAfterSeconds, recordClientFailure } from './sign-in-throttle';

describe('sign-in throttle', () => {
  it('locks an account after 5 failures, doubling per further failure up to 15 minutes', () => {
    expect(accountLockMs(4)).toBe(0);
    expect(accountLockMs(5)).toBe(30_000);
    expect(accountLockMs(6)).toBe(60_000);
    expect(accountLockMs(7)).toBe(120_000);
    expect(accountLockMs(30)).toBe(15 * 60_000);
  });

  it('blocks an address after 20 failures in 15 minutes and says how long to wait', () => {
    const client = `test-${Math.random()}`;
    const start = 1_000_000;
    for (let i = 0; i < 19; i++) recordClientFailure(client, start);
    expect(clientRetryAfterSeconds(client, start)).toBe(0);
    recordClientFailure(client, start);
    expect(clientRetryAfterSeconds(client, start + 60_000)).toBe(14 * 60);
    expect(clientRetryAfterSeconds(client, start + 15 * 60_000)).toBe(0);
  });

  it('keeps addresses apart', () => {
    const noisy = `noisy-${Math.random()}`;
    for (let i = 0; i < 25; i++) recordClientFailure(noisy);
    expect(clientRetryAfterSeconds(noisy)).toBeGreaterThan(0);
    expect(clientRetryAfterSeconds(`quiet-${Math.random()}`)).toBe(0);
  });
});
