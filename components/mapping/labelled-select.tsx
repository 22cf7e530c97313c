import { type Ref, type SelectHTMLAttributes, useId } from 'react';

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  options: { value: string; label: string; disabled?: boolean }[];
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled native select with its error, wired for screen readers. */
export function LabelledSelect({ label, error, options, id, className = '', ...props }: Props) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
        className={`mt-1 block h-9 w-full rounded-md border bg-white px-2 text-sm shadow-sm focus:outline-2 focus:outline-indigo-600 ${error ? 'border-red-400' : 'border-slate-300'}`}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${selectId}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
