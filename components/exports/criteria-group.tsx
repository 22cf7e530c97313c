'use client';

import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { CriteriaCondition, CriteriaGroup as Group } from '@/lib/exports/definitions/export-definition';
import type { FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import { ConditionRow } from './condition-row';
import { errorAt } from './error-at';

const newCondition = (): CriteriaCondition => ({
  type: 'condition',
  field: '',
  dataType: 'text',
  comparator: 'equal',
  value: '',
  values: [],
});

type Props = { path: string; catalog: FieldCatalog; depth: number; onRemove?: () => void };

/** An and/or group of conditions and groups, nested to any depth (Zoho takes 25 conditions in all). */
export function CriteriaGroup({ path, catalog, depth, onRemove }: Props) {
  const { control, register, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: `${path}.children` });
  const children: Group['children'] = useWatch({ name: `${path}.children` }) ?? [];
  const operator: Group['operator'] = useWatch({ name: `${path}.operator` });
  const error = errorAt(formState.errors, `${path}.children`);
  const label = depth === 0 ? 'Criteria' : `Group at level ${depth + 1}`;
  return (
    <section
      aria-label={label}
      className={`rounded-lg border p-3 ${depth === 0 ? 'border-slate-200 bg-slate-50' : 'border-indigo-200 bg-indigo-50/40'}`}
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>Match</span>
        <select
          aria-label={`${label}: match`}
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm font-medium"
          {...register(`${path}.operator`)}
        >
          <option value="and">all (and)</option>
          <option value="or">any (or)</option>
        </select>
        <span>of these conditions</span>
        {onRemove ? (
          <button
            type="button"
            onClick={onRemove}
            className="ml-auto rounded-md px-2 py-1 text-xs text-slate-600 hover:bg-white hover:text-red-600"
          >
            Remove group
          </button>
        ) : null}
      </div>
      <ol className="space-y-2">
        {fields.map((item, index) => {
          // The field array's own item knows its type from the moment it is appended (useWatch lags a render).
          const isGroup = ('type' in item && item.type === 'group') || children[index]?.type === 'group';
          const childPath = `${path}.children.${index}`;
          return (
            <li key={item.id}>
              {index > 0 ? (
                <p className="my-1 pl-2 text-[11px] font-semibold uppercase tracking-wide text-indigo-700">
                  {operator}
                </p>
              ) : null}
              {isGroup ? (
                <CriteriaGroup
                  path={childPath}
                  catalog={catalog}
                  depth={depth + 1}
                  onRemove={() => remove(index)}
                />
              ) : (
                <ConditionRow
                  path={childPath}
                  index={index}
                  catalog={catalog}
                  onRemove={() => remove(index)}
                />
              )}
            </li>
          );
        })}
      </ol>
      {error ? <p className="mt-2 text-xs text-red-700">{error}</p> : null}
      <div className="mt-3 flex gap-2">
        <button
          type="button"
          onClick={() => append(newCondition())}
          className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-indigo-700 shadow-sm ring-1 ring-inset ring-indigo-200 hover:bg-indigo-50"
        >
          + Add condition
        </button>
        {depth < 3 ? (
          <button
            type="button"
            onClick={() =>
              append({
                type: 'group',
                operator: operator === 'and' ? 'or' : 'and',
                children: [newCondition()],
              })
            }
            className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-white"
          >
            + Add group
          </button>
        ) : null}
      </div>
    </section>
  );
}
