'use client';

import type { CrmField } from '@/lib/crm/crm-field';
import { IGNORE_COLUMN } from '@/lib/retries/retry-schemas';

/** Which field a column feeds in the retry: the same, another writable field, or none. */
export function ColumnFieldSelect({
  header,
  value,
  fields,
  onChange,
}: {
  header: string;
  value: string;
  fields: CrmField[] | undefined;
  onChange: (field: string) => void;
}) {
  const writable = (fields ?? []).filter((field) => !field.isReadOnly || field.apiName === value);
  const options = writable.some((field) => field.apiName === value)
    ? writable
    : [{ apiName: value, label: value } as Pick<CrmField, 'apiName' | 'label'>, ...writable];
  return (
    <select
      aria-label={`Field for column ${header}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="mt-1 block h-7 w-full rounded border border-slate-200 bg-white px-1 text-xs font-normal text-slate-700"
    >
      {options.map((field) => (
        <option key={field.apiName} value={field.apiName}>
          → {field.label} ({field.apiName})
        </option>
      ))}
      <option value={IGNORE_COLUMN}>Don&apos;t send this column</option>
    </select>
  );
}
