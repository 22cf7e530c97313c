import 'server-only';

export type TokenBucketOptions = {
  /** Requests allowed in a burst; the bucket starts full. */
  capacity: number;
  /** Tokens added per minute (spread evenly). */
  refillPerMinute: number;
  /** Buckets kept at most; the least recently used goes first, so memory stays bounded. */
  maxKeys?: number;
};

export type TakeResult = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/** An in-memory token bucket per key (one process; enough for a self-hosted single server). */
export function createTokenBucket({ capacity, refillPerMinute, maxKeys = 10_000 }: TokenBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = refillPerMinute / 60_000;
  return {
    take(key: string, now = Date.now()): TakeResult {
      const previous = buckets.get(key);
      const tokens = previous ? Math.min(capacity, previous.tokens + (now - previous.at) * perMs) : capacity;
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { isAllowed: true };
      }
      buckets.set(key, { tokens, at: now });
      return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
