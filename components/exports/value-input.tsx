'use client';

import { useState } from 'react';
import { isLookupType, isNumericType } from '@/lib/crm/crm-field';
import type { CatalogField } from '@/lib/exports/definitions/field-catalog';
import { isoToLocal, localToIso } from './datetime-value';

const INPUT =
  'block h-9 w-full min-w-0 rounded-md border bg-white px-2 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600';

type SingleProps = {
  field: CatalogField | undefined;
  value: string;
  onChange: (value: string) => void;
  label: string;
  isInvalid: boolean;
  describedBy?: string;
};

/** One value, with the input its field type calls for: picklists a select, dates a date picker, numbers numbers. */
export function SingleValueInput({ field, value, onChange, label, isInvalid, describedBy }: SingleProps) {
  const common = {
    'aria-label': label,
    'aria-invalid': isInvalid || undefined,
    'aria-describedby': describedBy,
    className: `${INPUT} ${isInvalid ? 'border-red-400' : 'border-slate-300'}`,
  };
  const type = field?.dataType;
  if ((type === 'picklist' || type === 'multiselectpicklist') && field?.picklistValues) {
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a value…</option>
        {field.picklistValues.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  if (type === 'boolean') {
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        <option value="true">Yes (true)</option>
        <option value="false">No (false)</option>
      </select>
    );
  }
  if (type === 'date')
    return <input {...common} type="date" value={value} onChange={(event) => onChange(event.target.value)} />;
  if (type === 'datetime') {
    return (
      <input
        {...common}
        type="datetime-local"
        value={isoToLocal(value)}
        onChange={(event) => onChange(localToIso(event.target.value))}
      />
    );
  }
  const isNumber = isNumericType(type);
  return (
    <input
      {...common}
      type={isNumber ? 'number' : 'text'}
      step="any"
      placeholder={isLookupType(type) ? 'Record id' : 'Value'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

type ListProps = Omit<SingleProps, 'value' | 'onChange'> & {
  values: string[];
  onChange: (values: string[]) => void;
};

/** Several values (`in`, `not_in`): picklist options as checkboxes, anything else comma-separated. */
export function ListValueInput({ field, values, onChange, label, isInvalid, describedBy }: ListProps) {
  const [text, setText] = useState(values.join(', '));
  if (field?.picklistValues && (field.dataType === 'picklist' || field.dataType === 'multiselectpicklist')) {
    return (
      <fieldset
        aria-label={label}
        aria-describedby={describedBy}
        className={`max-h-32 overflow-y-auto rounded-md border bg-white px-2 py-1 ${isInvalid ? 'border-red-400' : 'border-slate-300'}`}
      >
        {field.picklistValues.map((option) => (
          <label key={option} className="flex items-center gap-2 py-0.5 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={values.includes(option)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? (field.picklistValues?.filter((item) => item === option || values.includes(item)) ?? [])
                    : values.filter((item) => item !== option),
                )
              }
            />
            {option}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <input
      aria-label={label}
      aria-invalid={isInvalid || undefined}
      aria-describedby={describedBy}
      className={`${INPUT} ${isInvalid ? 'border-red-400' : 'border-slate-300'}`}
      placeholder="Values, separated by commas"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(
          event.target.value
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
