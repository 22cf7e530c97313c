/** Why auto-match proposed a field, and how sure it is (0..1). */
export type Suggestion = { apiName: string; reason: string; confidence: number };

export type MatchOptions = {
  /** Lookup/owner fields: how Zoho finds the related record (`id`, `email`, a unique field). */
  findBy?: string;
  /** Date/datetime fields: the pattern the column's values are written in. */
  format?: string;
  /** Used by Zoho for empty cells. */
  defaultValue?: string;
  /** Picklist fields: CSV value → existing option, so unknown values aren't added to the picklist. */
  valueMap?: Record<string, string>;
};

/** One CSV column's place in the mapping (twentyhq-style union). */
export type ColumnMapping =
  | { kind: 'unmapped'; suggestion?: Suggestion }
  | { kind: 'ignored' }
  | ({ kind: 'matched'; apiName: string; suggestion?: Suggestion } & MatchOptions);

/**
 * `columns` is keyed by the column's 0-based index; `fieldDefaults` fills fields no column feeds
 * (Zoho's `default_value` without an `index`, e.g. the Layout id or a fixed Lead Source).
 */
export type MappingState = { columns: Record<number, ColumnMapping>; fieldDefaults: Record<string, string> };

export function emptyMapping(indexes: number[]): MappingState {
  return {
    columns: Object.fromEntries(indexes.map((i) => [i, { kind: 'unmapped' } as const])),
    fieldDefaults: {},
  };
}

export function columnFor(state: MappingState, apiName: string): number | undefined {
  for (const [index, column] of Object.entries(state.columns)) {
    if (column.kind === 'matched' && column.apiName === apiName) return Number(index);
  }
  return undefined;
}

/** Columns sent to Zoho (matched onto a field), by index. */
export function mappedColumnIndexes(state: MappingState): number[] {
  return Object.entries(state.columns).flatMap(([key, column]) =>
    column.kind === 'matched' ? [Number(key)] : [],
  );
}
