import { describe, expect, it, vi } from 'vitest';
import { createSharedViewCache } from './shared-view-cache';

describe('shared view cache', () => {
  it('gives every viewer within a second the same read, then reads again', async () => {
    const cache = createSharedViewCache<number>();
    const load = vi.fn(async () => load.mock.calls.length);
    const first = await Promise.all([cache('job', load, 0), cache('job', load, 10), cache('job', load, 999)]);
    expect(first).toEqual([1, 1, 1]);
    expect(await cache('job', load, 1_000)).toBe(2);
    expect(await cache('other', load, 1_000)).toBe(3);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not keep a failed read', async () => {
    const cache = createSharedViewCache<string>();
    await expect(cache('job', () => Promise.reject(new Error('db down')), 0)).rejects.toThrow('db down');
    await Promise.resolve();
    expect(await cache('job', async () => 'fine', 1)).toBe('fine');
  });
});
