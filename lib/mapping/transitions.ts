import type { ColumnMapping, MappingState, MatchOptions, Suggestion } from './mapping-state';

function suggestionOf(column: ColumnMapping | undefined): Suggestion | undefined {
  return column && column.kind !== 'ignored' ? column.suggestion : undefined;
}

function setColumn(state: MappingState, index: number, column: ColumnMapping): MappingState {
  return { ...state, columns: { ...state.columns, [index]: column } };
}

/** Maps a column onto a field; the field's previous column (one field takes one column) becomes unmapped. */
export function mapColumn(
  state: MappingState,
  index: number,
  apiName: string,
  options: MatchOptions = {},
): MappingState {
  const columns: Record<number, ColumnMapping> = {};
  for (const [key, column] of Object.entries(state.columns)) {
    const isTaken = column.kind === 'matched' && column.apiName === apiName && Number(key) !== index;
    columns[Number(key)] = isTaken ? { kind: 'unmapped', suggestion: suggestionOf(column) } : column;
  }
  const suggestion = suggestionOf(state.columns[index]);
  return setColumn({ ...state, columns }, index, { kind: 'matched', apiName, suggestion, ...options });
}

export function unmapColumn(state: MappingState, index: number): MappingState {
  return setColumn(state, index, { kind: 'unmapped', suggestion: suggestionOf(state.columns[index]) });
}

export function ignoreColumn(state: MappingState, index: number): MappingState {
  return setColumn(state, index, { kind: 'ignored' });
}

export function setOptions(state: MappingState, index: number, options: MatchOptions): MappingState {
  const column = state.columns[index];
  if (column?.kind !== 'matched') return state;
  return setColumn(state, index, { ...column, ...options });
}

/** Records auto-match proposals on unmapped columns without applying them. */
export function suggest(state: MappingState, suggestions: Record<number, Suggestion>): MappingState {
  let next = state;
  for (const [key, suggestion] of Object.entries(suggestions)) {
    const column = next.columns[Number(key)];
    if (column?.kind === 'unmapped') next = setColumn(next, Number(key), { kind: 'unmapped', suggestion });
  }
  return next;
}

export function acceptSuggestion(state: MappingState, index: number): MappingState {
  const column = state.columns[index];
  if (column?.kind !== 'unmapped' || !column.suggestion) return state;
  return mapColumn(state, index, column.suggestion.apiName);
}

/** Accepts every proposal whose field no column has taken yet. */
export function acceptAll(state: MappingState): MappingState {
  const taken = new Set(
    Object.values(state.columns).flatMap((c) => (c.kind === 'matched' ? [c.apiName] : [])),
  );
  let next = state;
  for (const [key, column] of Object.entries(state.columns)) {
    if (column.kind !== 'unmapped' || !column.suggestion || taken.has(column.suggestion.apiName)) continue;
    taken.add(column.suggestion.apiName);
    next = mapColumn(next, Number(key), column.suggestion.apiName);
  }
  return next;
}

/** Back to no decisions, keeping the proposals so they can be accepted again. */
export function undoAll(state: MappingState): MappingState {
  const columns: Record<number, ColumnMapping> = {};
  for (const [key, column] of Object.entries(state.columns)) {
    columns[Number(key)] = { kind: 'unmapped', suggestion: suggestionOf(column) };
  }
  return { columns, fieldDefaults: {} };
}

/** A value for a field that no column feeds; an empty value removes it. */
export function setFieldDefault(state: MappingState, apiName: string, value: string): MappingState {
  const { [apiName]: _removed, ...rest } = state.fieldDefaults;
  return { ...state, fieldDefaults: value === '' ? rest : { ...rest, [apiName]: value } };
}
