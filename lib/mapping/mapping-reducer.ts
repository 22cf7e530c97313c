import type { MappingState, MatchOptions, Suggestion } from './mapping-state';
import {
  acceptAll,
  acceptSuggestion,
  ignoreColumn,
  mapColumn,
  setFieldDefault,
  setOptions,
  suggest,
  undoAll,
  unmapColumn,
} from './transitions';

export type MappingAction =
  | { type: 'reset'; state: MappingState }
  | { type: 'suggest'; suggestions: Record<number, Suggestion> }
  | { type: 'map'; index: number; apiName: string; options?: MatchOptions }
  | { type: 'unmap'; index: number }
  | { type: 'ignore'; index: number }
  | { type: 'options'; index: number; options: MatchOptions }
  | { type: 'accept'; index: number }
  | { type: 'acceptAll' }
  | { type: 'undoAll' }
  | { type: 'fieldDefault'; apiName: string; value: string };

/** The board's one reducer: every action is one pure transition. */
export function mappingReducer(state: MappingState, action: MappingAction): MappingState {
  switch (action.type) {
    case 'reset':
      return action.state;
    case 'suggest':
      return suggest(state, action.suggestions);
    case 'map':
      return mapColumn(state, action.index, action.apiName, action.options);
    case 'unmap':
      return unmapColumn(state, action.index);
    case 'ignore':
      return ignoreColumn(state, action.index);
    case 'options':
      return setOptions(state, action.index, action.options);
    case 'accept':
      return acceptSuggestion(state, action.index);
    case 'acceptAll':
      return acceptAll(state);
    case 'undoAll':
      return undoAll(state);
    case 'fieldDefault':
      return setFieldDefault(state, action.apiName, action.value);
  }
}
