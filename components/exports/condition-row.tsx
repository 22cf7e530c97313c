'use client';

import { Fragment } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CriteriaCondition } from '@/lib/exports/definitions/export-definition';
import type { CatalogField, FieldCatalog } from '@/lib/exports/definitions/field-catalog';
import {
  type Comparator,
  comparatorLabel,
  comparatorsFor,
  isEmptyComparator,
  isListComparator,
  isRangeComparator,
} from '@/lib/zoho/wire/comparators';
import { errorAt } from './error-at';
import { ListValueInput, SingleValueInput } from './value-input';

const SELECT =
  'block h-9 w-full rounded-md border bg-white px-2 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600';

/** The module's own fields first, then each lookup's sub-fields under the lookup's name. */
function fieldGroups(catalog: FieldCatalog): [string, CatalogField[]][] {
  const groups = new Map<string, CatalogField[]>([['', []]]);
  for (const field of catalog.values()) {
    const group = field.path.includes('.') ? `${field.label.split(' → ')[0]} (related)` : '';
    groups.set(group, [...(groups.get(group) ?? []), field]);
  }
  return [...groups.entries()];
}

type Props = { path: string; index: number; catalog: FieldCatalog; onRemove: () => void };

/** One condition: field, comparison (only those Zoho takes for the field's type) and the value(s). */
export function ConditionRow({ path, index, catalog, onRemove }: Props) {
  const { setValue, formState } = useFormContext();
  const watched: CriteriaCondition | undefined = useWatch({ name: path });
  const condition: CriteriaCondition = {
    type: 'condition',
    field: watched?.field ?? '',
    dataType: watched?.dataType ?? 'text',
    comparator: watched?.comparator ?? 'equal',
    value: watched?.value ?? '',
    values: watched?.values ?? [],
  };
  const field = catalog.get(condition.field);
  const comparators = field ? comparatorsFor(field.dataType) : [];
  const errors = ['field', 'comparator', 'value', 'values']
    .map((key) => errorAt(formState.errors, `${path}.${key}`))
    .filter(Boolean);
  const errorId = `${path}-error`;
  const set = (patch: Partial<CriteriaCondition>) =>
    setValue(
      path,
      { ...condition, ...patch },
      {
        shouldDirty: true,
        shouldValidate: formState.isSubmitted,
      },
    );
  const name = `Condition ${index + 1}`;

  function chooseField(path: string) {
    const chosen = catalog.get(path);
    if (!chosen) return set({ field: '' });
    const comparator = comparatorsFor(chosen.dataType)[0] ?? 'equal';
    set({ field: path, dataType: chosen.dataType, comparator, value: '', values: [] });
  }

  function chooseComparator(next: Comparator) {
    const wasShape = isRangeComparator(condition.comparator)
      ? 'range'
      : isListComparator(condition.comparator)
        ? 'list'
        : 'one';
    const shape = isRangeComparator(next) ? 'range' : isListComparator(next) ? 'list' : 'one';
    set({ comparator: next, ...(wasShape === shape ? {} : { values: shape === 'range' ? ['', ''] : [] }) });
  }

  const isInvalid = errors.length > 0;
  const [from = '', to = ''] = condition.values;
  return (
    <fieldset aria-label={name} className="min-w-0 rounded-md border border-slate-200 bg-white p-2">
      <div className="grid grid-cols-[minmax(0,1.6fr)_minmax(0,1.1fr)_minmax(0,2.8fr)_auto] items-start gap-2">
        <select
          aria-label={`${name} field`}
          className={`${SELECT} ${errorAt(formState.errors, `${path}.field`) ? 'border-red-400' : 'border-slate-300'}`}
          value={condition.field}
          onChange={(event) => chooseField(event.target.value)}
        >
          <option value="">Choose a field…</option>
          {fieldGroups(catalog).map(([group, options]) => {
            const items = options.map((option) => (
              <option key={option.path} value={option.path}>
                {option.label}
              </option>
            ));
            return group ? (
              <optgroup key={group} label={group}>
                {items}
              </optgroup>
            ) : (
              <Fragment key="own-fields">{items}</Fragment>
            );
          })}
        </select>
        <select
          aria-label={`${name} comparison`}
          className={`${SELECT} ${errorAt(formState.errors, `${path}.comparator`) ? 'border-red-400' : 'border-slate-300'}`}
          value={condition.comparator}
          onChange={(event) => chooseComparator(event.target.value as Comparator)}
          disabled={!field}
        >
          {(comparators.includes(condition.comparator)
            ? comparators
            : [condition.comparator, ...comparators]
          ).map((comparator) => (
            <option key={comparator} value={comparator}>
              {comparatorLabel(comparator, field?.dataType ?? 'text')}
            </option>
          ))}
        </select>
        <div>
          {!field || isEmptyComparator(condition.comparator) ? null : isRangeComparator(
              condition.comparator,
            ) ? (
            <div className="grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-center gap-1">
              <SingleValueInput
                field={field}
                label={`${name} from`}
                value={from}
                isInvalid={isInvalid}
                describedBy={errorId}
                onChange={(value) => set({ values: [value, to] })}
              />
              <span className="text-xs text-slate-500">and</span>
              <SingleValueInput
                field={field}
                label={`${name} to`}
                value={to}
                isInvalid={isInvalid}
                describedBy={errorId}
                onChange={(value) => set({ values: [from, value] })}
              />
            </div>
          ) : isListComparator(condition.comparator) ? (
            <ListValueInput
              key={`${condition.field}-${condition.comparator}`}
              field={field}
              label={`${name} values`}
              values={condition.values}
              isInvalid={isInvalid}
              describedBy={errorId}
              onChange={(values) => set({ values })}
            />
          ) : (
            <SingleValueInput
              field={field}
              label={`${name} value`}
              value={condition.value}
              isInvalid={isInvalid}
              describedBy={errorId}
              onChange={(value) => set({ value })}
            />
          )}
        </div>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove condition ${index + 1}`}
          className="h-9 rounded-md px-2 text-slate-500 hover:bg-slate-100 hover:text-red-600"
        >
          ✕
        </button>
      </div>
      {errors.length > 0 ? (
        <p id={errorId} className="mt-1 text-xs text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
