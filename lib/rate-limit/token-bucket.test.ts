import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket';

describe('token bucket', () => {
  it('allows a burst up to the capacity, then refuses with a retry time', () => {
    const bucket = createTokenBucket({ capacity: 3, refillPerMinute: 60 });
    const at = 1_000_000;
    expect([1, 2, 3].map(() => bucket.take('a', at).isAllowed)).toEqual([true, true, true]);
    const refused = bucket.take('a', at);
    expect(refused).toEqual({ isAllowed: false, retryAfterSeconds: 1 });
  });

  it('refills over time at the configured rate, never beyond the capacity', () => {
    const bucket = createTokenBucket({ capacity: 2, refillPerMinute: 60 });
    bucket.take('a', 0);
    bucket.take('a', 0);
    expect(bucket.take('a', 500).isAllowed).toBe(false);
    expect(bucket.take('a', 1_500).isAllowed).toBe(true);
    const later = 10 * 60_000;
    expect([1, 2, 3].map(() => bucket.take('a', later).isAllowed)).toEqual([true, true, false]);
  });

  it('keeps one bucket per client', () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerMinute: 1 });
    expect(bucket.take('203.0.113.1', 0).isAllowed).toBe(true);
    expect(bucket.take('203.0.113.1', 0).isAllowed).toBe(false);
    expect(bucket.take('203.0.113.2', 0).isAllowed).toBe(true);
  });

  it('forgets the least recently seen clients past its size cap', () => {
    const bucket = createTokenBucket({ capacity: 1, refillPerMinute: 1, maxKeys: 2 });
    bucket.take('a', 0);
    bucket.take('b', 0);
    bucket.take('c', 0);
    expect(bucket.size()).toBe(2);
    expect(bucket.take('a', 0).isAllowed).toBe(true);
    expect(bucket.take('c', 0).isAllowed).toBe(false);
  });
});
