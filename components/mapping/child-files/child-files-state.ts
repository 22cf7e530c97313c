import type { ChildKind, CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { type MappingAction, mappingReducer } from '@/lib/mapping/mapping-reducer';
import type { MappingState } from '@/lib/mapping/mapping-state';

/** The parent file as child files see it: its key column ties their rows to its rows. */
export type ParentFile = {
  file: File;
  parseOptions: CsvParseOptions;
  columns: ColumnProfile[];
  keyColumn: number;
  module: string;
  connectionId: string;
  /** The job's time zone: child rows are checked as the parent's are. */
  timeZone: string;
};

/** A child file ready to go with the parent: what the create body needs, plus the file to upload. */
export type ChildFileReady = {
  file: File;
  parseOptions: CsvParseOptions;
  field: string;
  keyColumn: number;
  mapping: MappingState;
  dataRows: number;
  /** Subform rows go at most 200 a job; linking-module rows as many as any file. */
  kind: ChildKind;
};

/** Each card reports either a ready file or why it is not ready yet. */
export type ChildFileEntry = {
  id: number;
  /** The parent field it feeds; a new card starts on one no other child file feeds yet. */
  field: string;
  ready: ChildFileReady | null;
  blocker: string | null;
};

/** `module` is `connection/module` the children were added for: another module starts a fresh list. */
export type ChildFilesState = {
  module: string;
  parentKeyColumn: number;
  nextId: number;
  children: ChildFileEntry[];
};

export type ChildFilesAction =
  | { type: 'add'; module: string; field: string }
  | { type: 'remove'; id: number }
  | { type: 'field'; id: number; field: string }
  | { type: 'report'; id: number; ready: ChildFileReady | null; blocker: string | null }
  | { type: 'parentKey'; column: number };

export const MAX_CHILD_FILES = 5;

export function childFilesReducer(state: ChildFilesState, action: ChildFilesAction): ChildFilesState {
  switch (action.type) {
    case 'add': {
      const children = childrenOf(state, action.module);
      if (children.length >= MAX_CHILD_FILES) return state;
      const added = { id: state.nextId, field: action.field, ready: null, blocker: null };
      return { ...state, module: action.module, nextId: state.nextId + 1, children: [...children, added] };
    }
    case 'remove':
      return { ...state, children: state.children.filter((child) => child.id !== action.id) };
    case 'field':
      return {
        ...state,
        children: state.children.map((child) =>
          child.id === action.id ? { ...child, field: action.field, ready: null } : child,
        ),
      };
    case 'report':
      return {
        ...state,
        children: state.children.map((child) =>
          child.id === action.id ? { ...child, ready: action.ready, blocker: action.blocker } : child,
        ),
      };
    case 'parentKey':
      return { ...state, parentKeyColumn: action.column };
  }
}

export function childrenOf(state: ChildFilesState, module: string): ChildFileEntry[] {
  return state.module === module ? state.children : [];
}

/** What the picker shows: the field and how its rows are stored. */
export function childFieldLabel(field: CrmField): string {
  if (!field.childModule) return field.label;
  const { kind, module } = field.childModule;
  if (kind === 'subform') return `${field.label} (subform)`;
  return `${field.label} (${kind === 'multiuserlookup' ? 'multi-user' : 'multi-select'} lookup via ${module})`;
}

/** A child's board remembers which field and file read it was built for, so a refetch never wipes the admin's work. */
export type ChildBoard = { builtFor: string; mapping: MappingState };

export type ChildBoardAction = { type: 'build'; builtFor: string; mapping: MappingState } | MappingAction;

export function childBoardReducer(board: ChildBoard, action: ChildBoardAction): ChildBoard {
  return action.type === 'build'
    ? { builtFor: action.builtFor, mapping: action.mapping }
    : { ...board, mapping: mappingReducer(board.mapping, action) };
}
