import { describe, expect, it } from 'vitest';
import { HashTable64, hash64 } from './hash-table-64';

describe('the compact fingerprint table behind in-file duplicate checks', () => {
  it('remembers 200,000 values through its growth, forgets deleted ones, and keeps two-word values', () => {
    const table = new HashTable64(1, 16);
    for (let i = 0; i < 200_000; i += 1) table.set(hash64(`person${i}@example.com`), i);
    expect(table.get(hash64('person0@example.com'))).toEqual([0]);
    expect(table.get(hash64('person199999@example.com'))).toEqual([199_999]);
    expect(table.get(hash64('nobody@example.com'))).toBeUndefined();
    table.delete(hash64('person7@example.com'));
    expect(table.get(hash64('person7@example.com'))).toBeUndefined();
    table.set(hash64('person7@example.com'), 42);
    expect(table.get(hash64('person7@example.com'))).toEqual([42]);

    const pairs = new HashTable64(2);
    pairs.set([1, 2], 5, 0xffff_fff0);
    expect(pairs.get([1, 2])).toEqual([5, 0xffff_fff0]);
  });

  it('gives different fingerprints to values that differ by one character or by case', () => {
    const seen = new Set(
      ['a@b.com', 'A@b.com', 'a@b.co', 'a@b.comm', ''].map((value) => hash64(value).join(':')),
    );
    expect(seen.size).toBe(5);
  });
});
