'use client';
import { useDroppable } from '@dnd-kit/core';
import { type CrmField, isUserLookupType } from '@/lib/crm/crm-field';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { MappingAction } from '@/lib/mapping/mapping-reducer';
import type { ColumnMapping } from '@/lib/mapping/mapping-state';
import { FieldFacts } from './field-facts';
import { FieldOptions } from './field-options';
import { OwnerDefaultSelect } from './owner-default-select';
import { SuggestionNote } from './suggestion-note';

type Props = {
  field: CrmField;
  isMandatory: boolean;
  columns: ColumnProfile[];
  mappedIndex?: number;
  mapping?: ColumnMapping;
  fieldDefault?: string;
  onMap: (index: number, apiName: string) => void;
  dispatch: (action: MappingAction) => void;
};

/** A field to drop a column on, with a select as the non-drag alternative and its options. */
export function FieldTarget(props: Props) {
  const { field, isMandatory, columns, mappedIndex, mapping, fieldDefault, onMap, dispatch } = props;
  const { setNodeRef, isOver } = useDroppable({
    id: `field-${field.apiName}`,
    data: { apiName: field.apiName },
  });
  const isMapped = mappedIndex !== undefined && mapping?.kind === 'matched';
  const border = isOver
    ? 'border-indigo-500 bg-indigo-50 ring-2 ring-indigo-300'
    : isMapped
      ? 'border-emerald-300 bg-white'
      : isMandatory
        ? 'border-red-300 bg-red-50/40'
        : 'border-slate-200 bg-white';
  return (
    <li
      ref={setNodeRef}
      aria-label={`Field ${field.label}`}
      className={`rounded-lg border p-3 transition-colors ${border}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">{field.label}</p>
          <FieldFacts field={field} isMandatory={isMandatory} />
        </div>
        <div className="flex items-end gap-2">
          <label className="text-xs font-medium text-slate-700">
            Column for {field.label}
            <select
              className="mt-1 block h-9 w-48 rounded-md border border-slate-300 bg-white px-2 text-sm font-normal"
              value={mappedIndex ?? ''}
              onChange={(e) =>
                e.target.value === '' && mappedIndex !== undefined
                  ? dispatch({ type: 'unmap', index: mappedIndex })
                  : onMap(Number(e.target.value), field.apiName)
              }
            >
              <option value="">Not mapped</option>
              {columns.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.header}
                </option>
              ))}
            </select>
          </label>
          {isMapped ? (
            <button
              type="button"
              className="h-9 rounded-md px-2 text-xs text-slate-600 hover:bg-slate-100"
              onClick={() => dispatch({ type: 'unmap', index: mappedIndex })}
            >
              Unmap
            </button>
          ) : null}
        </div>
      </div>
      {isMapped && mapping.kind === 'matched' ? (
        <>
          {mapping.suggestion?.apiName === field.apiName ? (
            <SuggestionNote suggestion={mapping.suggestion} />
          ) : null}
          <FieldOptions
            field={field}
            index={mappedIndex}
            samples={columns.find((c) => c.index === mappedIndex)?.samples ?? []}
            options={mapping}
            dispatch={dispatch}
          />
        </>
      ) : (isMandatory || fieldDefault) && isUserLookupType(field.dataType) ? (
        <OwnerDefaultSelect
          value={fieldDefault ?? ''}
          onChange={(value) => dispatch({ type: 'fieldDefault', apiName: field.apiName, value })}
        />
      ) : isMandatory || fieldDefault ? (
        <label className="mt-2 block text-xs font-medium text-slate-700">
          Or the same value for every record
          <input
            className="mt-1 block h-9 w-full rounded-md border border-slate-300 px-2 text-sm font-normal"
            value={fieldDefault ?? ''}
            onChange={(e) =>
              dispatch({ type: 'fieldDefault', apiName: field.apiName, value: e.target.value })
            }
          />
        </label>
      ) : null}
    </li>
  );
}
