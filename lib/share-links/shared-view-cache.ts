import 'server-only';

const TTL_MS = 1_000;
const MAX_ENTRIES = 1_000;

/**
 * Many viewers of one job share one database read per second (and one in flight at a time). Only the job's
 * view is cached: every request still resolves its own token, so a revoked link stops at once.
 */
export function createSharedViewCache<T>() {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return async (key: string, load: () => Promise<T>, now = Date.now()): Promise<T> => {
    const hit = entries.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.value;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const value = load();
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}
