import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import { limitShareRequest } from './share-rate-limit';

const from = (address: string) =>
  new Request('http://localhost:3000/api/s/x', { headers: { 'x-forwarded-for': address } });

describe('share rate limit', () => {
  beforeEach(() => useTestEnv({ ...TEST_SECRETS, SHARE_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: undefined }));

  it('answers 429 with Retry-After and the share headers once a client used up its minute', async () => {
    const now = 5_000_000;
    expect([1, 2, 3].map(() => limitShareRequest(from('203.0.113.5'), now))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const refused = limitShareRequest(from('203.0.113.5'), now);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('20');
    expect(refused?.headers.get('referrer-policy')).toBe('no-referrer');
    expect(refused?.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect((await refused?.json())?.error.code).toBe('rate_limited');
    expect(limitShareRequest(from('203.0.113.6'), now)).toBeUndefined();
    expect(limitShareRequest(from('203.0.113.5'), now + 20_000)).toBeUndefined();
  });

  it('follows the setting, so a load test can lift it', () => {
    useTestEnv({ SHARE_RATE_LIMIT_PER_MINUTE: '1000' });
    const now = 9_000_000;
    const answers = Array.from({ length: 1000 }, () => limitShareRequest(from('198.51.100.1'), now));
    expect(answers.every((answer) => answer === undefined)).toBe(true);
    expect(limitShareRequest(from('198.51.100.1'), now)?.status).toBe(429);
  });

  it('without a trusted proxy, made-up forwarded addresses still share one overall budget', () => {
    useTestEnv({ SHARE_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: undefined });
    const now = 20_000_000;
    const answers = Array.from({ length: 120 }, (_, i) => limitShareRequest(from(`198.51.100.${i}`), now));
    expect(answers.filter((answer) => answer === undefined)).toHaveLength(100);
    expect(answers.at(-1)?.status).toBe(429);
  });
});
