'use client';
import { useDraggable } from '@dnd-kit/core';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import type { ColumnMapping } from '@/lib/mapping/mapping-state';
import { SuggestionNote } from './suggestion-note';

type Props = {
  column: ColumnProfile;
  mapping: ColumnMapping;
  fieldLabel?: string;
  dispatch: (action: MappingAction) => void;
};

/** A CSV column to drag onto a field: header, profile, samples and where it goes. */
export function ColumnCard({ column, mapping, fieldLabel, dispatch }: Props) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `column-${column.index}`,
    data: { index: column.index },
  });
  const filled = column.total ? Math.round((column.filled / column.total) * 100) : 0;
  const isIgnored = mapping.kind === 'ignored';
  return (
    <li
      ref={setNodeRef}
      aria-label={`Column ${column.header}`}
      className={`rounded-lg border p-3 shadow-sm ${isDragging ? 'opacity-50 ring-2 ring-indigo-300' : ''} ${isIgnored ? 'border-dashed border-slate-300 bg-slate-50' : mapping.kind === 'matched' ? 'border-emerald-300 bg-white' : 'border-slate-200 bg-white'}`}
    >
      <div className="flex items-start gap-2">
        <button
          type="button"
          className="mt-0.5 cursor-grab touch-none rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
          aria-label={`Drag column ${column.header}`}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium text-slate-900">{column.header}</p>
          <p className="text-xs text-slate-500">
            {column.inferredType} · {filled}% filled · max {column.maxLength} chars
          </p>
          {column.samples.length > 0 ? (
            <p className="mt-1 truncate text-xs text-slate-600">{column.samples.slice(0, 3).join(' · ')}</p>
          ) : null}
          {isIgnored ? <p className="mt-1 text-xs font-medium text-slate-600">Not imported</p> : null}
          {mapping.kind === 'matched' ? (
            <>
              <p className="mt-1 text-xs font-medium text-emerald-800">→ {fieldLabel ?? mapping.apiName}</p>
              {mapping.suggestion?.apiName === mapping.apiName ? (
                <SuggestionNote suggestion={mapping.suggestion} />
              ) : null}
            </>
          ) : null}
          {mapping.kind === 'unmapped' && mapping.suggestion ? (
            <div className="mt-1 flex items-center gap-2">
              <SuggestionNote suggestion={mapping.suggestion} />
              <button
                type="button"
                className="text-xs font-medium text-indigo-700 hover:underline"
                onClick={() => dispatch({ type: 'accept', index: column.index })}
              >
                Accept
              </button>
            </div>
          ) : null}
        </div>
        {isIgnored ? (
          <button
            type="button"
            className="text-xs text-slate-600 hover:underline"
            onClick={() => dispatch({ type: 'unmap', index: column.index })}
          >
            Import again
          </button>
        ) : (
          <button
            type="button"
            className="text-xs text-slate-600 hover:underline"
            onClick={() => dispatch({ type: 'ignore', index: column.index })}
          >
            Don't import
          </button>
        )}
      </div>
    </li>
  );
}
