import { HashTable64, hash64 } from './hash-table-64';

/**
 * The records earlier rows of the file create or change, as far as the file tells: which find_by keys were used
 * and which record holds each unique value. Zoho applies rows in order, so a later row clashes with these.
 * Values are kept as 64-bit fingerprints in typed arrays, so a file of millions of rows stays small in memory.
 */
export function createInFileRecords(options: { ignoreEmpty: boolean }) {
  /** find_by key → its identity number (odd); row identities are even (2 × record number). */
  const keys = new HashTable64(1);
  /** unique field → value fingerprint → the identity holding it. */
  const holders = new Map<string, HashTable64>();
  /** unique field → key identity → the fingerprint of the value it holds, so an update can release it. */
  const held = new Map<string, HashTable64>();
  let nextKeyId = 1;

  const tableOf = (tables: Map<string, HashTable64>, apiName: string, words: 1 | 2) => {
    const table = tables.get(apiName) ?? new HashTable64(words);
    tables.set(apiName, table);
    return table;
  };
  /** `row:<n>` → 2n; `key:<k>` → the key's odd number (assigned when first kept). */
  const identityNumber = (identity: string, isNew: boolean): number => {
    if (identity.startsWith('row:')) return Number(identity.slice(4)) * 2;
    const fingerprint = hash64(identity.slice(4));
    const known = keys.get(fingerprint)?.[0];
    if (known !== undefined || !isNew) return known ?? -1;
    const id = nextKeyId;
    nextKeyId += 2;
    keys.set(fingerprint, id);
    return id;
  };

  return {
    hasKey: (key: string) => keys.get(hash64(key)) !== undefined,
    /** True when a record other than `identity` already holds `value`. */
    clash(apiName: string, value: string, identity: string): boolean {
      const holder = holders.get(apiName)?.get(hash64(value))?.[0];
      return holder !== undefined && holder !== identityNumber(identity, false);
    },
    /** A kept row: its key is now used and its unique values belong to its record. */
    keep(identity: string, key: string, values: Map<string, string | null>): void {
      if (key !== '') identityNumber(`key:${key}`, true);
      const id = identityNumber(identity, true);
      const own = key === '' ? undefined : ([id, 0x9e3779b9] as [number, number]);
      for (const [apiName, value] of values) {
        const map = tableOf(holders, apiName, 1);
        // A row without a key is a record no later row can change: nothing to release, nothing to remember.
        if (!own) {
          if (value !== null) {
            const fingerprint = hash64(value);
            if (!map.get(fingerprint)) map.set(fingerprint, id);
          }
          continue;
        }
        if (value === null && options.ignoreEmpty) continue;
        const mine = tableOf(held, apiName, 2);
        const before = mine.get(own);
        if (before) {
          const previous: [number, number] = [before[0] as number, before[1] as number];
          if (map.get(previous)?.[0] === id) map.delete(previous);
        }
        if (value === null) {
          mine.delete(own);
          continue;
        }
        const fingerprint = hash64(value);
        if (!map.get(fingerprint)) map.set(fingerprint, id);
        mine.set(own, fingerprint[0], fingerprint[1]);
      }
    },
  };
}

export type InFileRecords = ReturnType<typeof createInFileRecords>;
