const EMPTY = 0;
const DELETED = 0xffffffff;

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-xorshift): a 64-bit fingerprint. */
export function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}

/**
 * An open-addressing map from 64-bit fingerprints to one or two 32-bit words, in typed arrays: about 12–16 bytes
 * an entry instead of ~100 for a Map of strings, so a file of millions of unique values stays small. Two different
 * strings share a fingerprint with odds of about n²/2⁶⁵ (1 in 450,000 at ten million values).
 */
export class HashTable64 {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** Word 0 holds value+1 (0 = empty, DELETED = removed); word 1 the optional second value. */
  private words: Uint32Array[];
  private used = 0;

  constructor(
    private readonly valueWords: 1 | 2 = 1,
    private capacity = 1024,
  ) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.words = Array.from({ length: valueWords }, () => new Uint32Array(capacity));
  }

  has(key: [number, number]): boolean {
    return this.find(key) >= 0;
  }

  get(key: [number, number]): number[] | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const first = (this.words[0] as Uint32Array)[slot] as number;
    return this.valueWords === 1 ? [first - 1] : [first - 1, (this.words[1] as Uint32Array)[slot] as number];
  }

  set(key: [number, number], value: number, second = 0): void {
    if ((this.used + 1) * 10 > this.capacity * 7) this.grow();
    const existing = this.find(key);
    const slot = existing >= 0 ? existing : this.freeSlot(key);
    if (existing < 0) this.used += 1;
    this.hi[slot] = key[0];
    this.lo[slot] = key[1];
    (this.words[0] as Uint32Array)[slot] = value + 1;
    if (this.valueWords === 2) (this.words[1] as Uint32Array)[slot] = second;
  }

  delete(key: [number, number]): void {
    const slot = this.find(key);
    if (slot >= 0) (this.words[0] as Uint32Array)[slot] = DELETED;
  }

  private find(key: [number, number]): number {
    const mask = this.capacity - 1;
    const first = this.words[0] as Uint32Array;
    for (
      let slot = key[1] & mask, probes = 0;
      probes < this.capacity;
      slot = (slot + 1) & mask, probes += 1
    ) {
      const state = first[slot];
      if (state === EMPTY) return -1;
      if (state !== DELETED && this.hi[slot] === key[0] && this.lo[slot] === key[1]) return slot;
    }
    return -1;
  }

  private freeSlot(key: [number, number]): number {
    const mask = this.capacity - 1;
    const first = this.words[0] as Uint32Array;
    let slot = key[1] & mask;
    while (first[slot] !== EMPTY && first[slot] !== DELETED) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, words, capacity } = this;
    this.capacity = capacity * 2;
    this.hi = new Uint32Array(this.capacity);
    this.lo = new Uint32Array(this.capacity);
    this.words = Array.from({ length: this.valueWords }, () => new Uint32Array(this.capacity));
    this.used = 0;
    const first = words[0] as Uint32Array;
    for (let slot = 0; slot < capacity; slot += 1) {
      const state = first[slot] as number;
      if (state === EMPTY || state === DELETED) continue;
      this.set([hi[slot] as number, lo[slot] as number], state - 1, words[1]?.[slot] ?? 0);
    }
  }
}
