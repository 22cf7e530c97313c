'use client';
import {
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useId, useMemo, useState } from 'react';
import type { CrmField } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import { isImportable } from '@/lib/mapping/importable-fields';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { orderFields } from '@/lib/mapping/order-fields';
import { ColumnCard } from './column-card';
import { FieldTarget } from './field-target';
import { jumpToTargets } from './jump-to-targets';

type Props = {
  columns: ColumnProfile[];
  fields: CrmField[];
  mandatory: Set<string>;
  state: MappingState;
  onMap: (index: number, apiName: string) => void;
  dispatch: (action: MappingAction) => void;
  /** Which file the board maps, for screen readers, when a page holds several boards. */
  fileName?: string;
};

// The pointer's field wins; otherwise (keyboard, or the pointer between fields) the field the dragged card
// overlaps most, then the nearest one.
const collisions: CollisionDetection = (args) => {
  const underPointer = args.pointerCoordinates ? pointerWithin(args) : [];
  if (underPointer.length > 0) return underPointer;
  const overlapping = args.pointerCoordinates ? rectIntersection(args) : [];
  return overlapping.length > 0 ? overlapping : closestCenter(args);
};

/** CSV columns on the left, the module's fields as drop targets on the right. */
export function MappingBoard({ columns, fields, mandatory, state, onMap, dispatch, fileName }: Props) {
  // A page may hold several boards (a parent file's and its child files'): headings need ids of their own.
  const headingId = useId();
  const [search, setSearch] = useState('');
  const [dragged, setDragged] = useState<number | undefined>();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpToTargets }),
  );
  const byIndex = useMemo(() => new Map(columns.map((c) => [c.index, c])), [columns]);
  const mappedBy = new Map<string, number>();
  for (const [key, column] of Object.entries(state.columns)) {
    if (column.kind === 'matched') mappedBy.set(column.apiName, Number(key));
  }
  const importable = fields.filter(isImportable);
  const shown = orderFields(importable, { mandatory, mapped: new Set(mappedBy.keys()), search });
  const labelOf = (apiName: string) => fields.find((f) => f.apiName === apiName)?.label ?? apiName;
  const header = (id: string | number) =>
    byIndex.get(Number(String(id).replace('column-', '')))?.header ?? '';
  const fieldName = (id: string | number | undefined) => labelOf(String(id ?? '').replace('field-', ''));

  const onDragStart = ({ active }: DragStartEvent) => setDragged(active.data.current?.index);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(undefined);
    const index = active.data.current?.index;
    const apiName = over?.data.current?.apiName;
    if (typeof index === 'number' && typeof apiName === 'string') onMap(index, apiName);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(undefined)}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'Press space to pick up the column, arrow keys to move between fields, space to drop, escape to cancel.',
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up column ${header(active.id)}.`,
          onDragOver: ({ active, over }) =>
            over
              ? `Column ${header(active.id)} is over field ${fieldName(over.id)}.`
              : `Column ${header(active.id)} is over no field.`,
          onDragEnd: ({ active, over }) =>
            over
              ? `Column ${header(active.id)} mapped to ${fieldName(over.id)}.`
              : `Column ${header(active.id)} dropped on no field.`,
          onDragCancel: ({ active }) => `Dragging column ${header(active.id)} was cancelled.`,
        },
      }}
    >
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby={`${headingId}-columns`}>
          <h3 id={`${headingId}-columns`} className="mb-2 text-sm font-semibold text-slate-900">
            CSV columns ({columns.length}){fileName ? <span className="sr-only"> of {fileName}</span> : null}
          </h3>
          <ul className="space-y-2 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1">
            {columns.map((column) => {
              const mapping = state.columns[column.index] ?? { kind: 'unmapped' as const };
              return (
                <ColumnCard
                  key={column.index}
                  column={column}
                  mapping={mapping}
                  fieldLabel={mapping.kind === 'matched' ? labelOf(mapping.apiName) : undefined}
                  dispatch={dispatch}
                />
              );
            })}
          </ul>
        </section>
        <section aria-labelledby={`${headingId}-fields`}>
          <div className="mb-2 flex items-center justify-between gap-3">
            <h3 id={`${headingId}-fields`} className="text-sm font-semibold text-slate-900">
              Fields ({mappedBy.size} of {importable.length} mapped)
              {fileName ? <span className="sr-only"> for {fileName}</span> : null}
            </h3>
            <input
              type="search"
              aria-label="Search fields"
              placeholder="Search fields…"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="h-9 w-56 rounded-md border border-slate-300 px-3 text-sm"
            />
          </div>
          <ul className="space-y-2">
            {shown.map((field) => {
              const mappedIndex = mappedBy.get(field.apiName);
              return (
                <FieldTarget
                  key={field.apiName}
                  field={field}
                  isMandatory={mandatory.has(field.apiName)}
                  columns={columns}
                  mappedIndex={mappedIndex}
                  mapping={mappedIndex === undefined ? undefined : state.columns[mappedIndex]}
                  fieldDefault={state.fieldDefaults[field.apiName]}
                  onMap={onMap}
                  dispatch={dispatch}
                />
              );
            })}
          </ul>
        </section>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged === undefined ? null : (
          <div className="w-64 cursor-grabbing rounded-lg border border-indigo-400 bg-white p-3 text-sm font-medium text-slate-900 shadow-xl">
            {header(dragged)}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
