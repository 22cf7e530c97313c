const SKETCH_SIZE = 256;
const HASH_SPACE = 2 ** 32;

const HASHED_CHARS = 48;

// Long values hash their head, tail and length: cheaper, and two long values rarely share all three.
function fnv1a(value: string): number {
  let hash = 0x811c9dc5 ^ value.length;
  const head = Math.min(value.length, HASHED_CHARS);
  for (let i = 0; i < head; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  for (let i = Math.max(head, value.length - 16); i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so short, similar strings spread evenly.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * K-minimum-values sketch: exact below 256 distinct values, about ±6 % above, in constant memory.
 */
export function createDistinctEstimator() {
  const smallest: number[] = [];

  function add(value: string): void {
    const hash = fnv1a(value);
    const full = smallest.length === SKETCH_SIZE;
    if (full && hash >= (smallest[SKETCH_SIZE - 1] ?? 0)) return;
    let low = 0;
    let high = smallest.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((smallest[mid] ?? 0) < hash) low = mid + 1;
      else high = mid;
    }
    if (smallest[low] === hash) return;
    smallest.splice(low, 0, hash);
    if (smallest.length > SKETCH_SIZE) smallest.pop();
  }

  function estimate(): number {
    if (smallest.length < SKETCH_SIZE) return smallest.length;
    const kth = (smallest[SKETCH_SIZE - 1] ?? 0) + 1;
    return Math.round(((SKETCH_SIZE - 1) * HASH_SPACE) / kth);
  }

  return { add, estimate };
}
