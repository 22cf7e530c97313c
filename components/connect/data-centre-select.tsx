import { type Ref, type SelectHTMLAttributes, useId } from 'react';

export type DataCentreOption = { id: string; label: string };

export function DataCentreSelect({
  dataCentres,
  error,
  ref,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  dataCentres: DataCentreOption[];
  error?: string;
  ref?: Ref<HTMLSelectElement>;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Data centre
      </label>
      <select
        id={id}
        ref={ref}
        className="mt-1 block h-10 w-72 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600"
        {...props}
      >
        {dataCentres.map((dc) => (
          <option key={dc.id} value={dc.id}>
            {dc.label}
          </option>
        ))}
      </select>
      {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
