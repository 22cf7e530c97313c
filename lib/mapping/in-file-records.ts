/**
 * The records earlier rows of the file create or change, as far as the file tells: which find_by keys were used
 * and which record holds each unique value. Zoho applies rows in order, so a later row clashes with these.
 */
export function createInFileRecords(options: { ignoreEmpty: boolean }) {
  const keys = new Set<string>();
  /** unique field → comparable value → the record (identity) holding it. */
  const holders = new Map<string, Map<string, string>>();
  /** identity → unique field → the value it holds, so an update can release its old value. */
  const held = new Map<string, Map<string, string>>();

  const holdersOf = (apiName: string) => {
    const map = holders.get(apiName) ?? new Map<string, string>();
    holders.set(apiName, map);
    return map;
  };

  return {
    hasKey: (key: string) => keys.has(key),
    /** The identity of the record that holds `value`, unless it is `identity` itself. */
    clash(apiName: string, value: string, identity: string): string | undefined {
      const holder = holders.get(apiName)?.get(value);
      return holder !== undefined && holder !== identity ? holder : undefined;
    },
    /** A kept row: its key is now used and its unique values belong to its record. */
    keep(identity: string, key: string, values: Map<string, string | null>): void {
      if (key !== '') keys.add(key);
      let own = held.get(identity);
      for (const [apiName, value] of values) {
        // A row without a key is a record no later row can change: nothing to release, nothing to remember.
        if (key === '') {
          if (value !== null && !holdersOf(apiName).has(value)) holdersOf(apiName).set(value, identity);
          continue;
        }
        if (value === null && options.ignoreEmpty) continue;
        const map = holdersOf(apiName);
        const before = own?.get(apiName);
        if (before !== undefined && map.get(before) === identity) map.delete(before);
        if (value === null) {
          own?.delete(apiName);
          continue;
        }
        if (!map.has(value)) map.set(value, identity);
        own ??= new Map();
        held.set(identity, own);
        own.set(apiName, value);
      }
    },
  };
}
