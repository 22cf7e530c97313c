export type Exclusion = 'none' | 'invalid';

type Props = {
  value: Exclusion;
  onChange: (value: Exclusion) => void;
  rowsToSend: number;
  rowsToSkip: number;
};

const fmt = (n: number) => n.toLocaleString('en-US');

/** The admin's decision about the rows Zoho would skip: send them anyway, or keep them back (counted, not lost). */
export function PreflightChoice({ value, onChange, rowsToSend, rowsToSkip }: Props) {
  const options: { value: Exclusion; title: string; detail: string }[] = [
    {
      value: 'none',
      title: `Send all ${fmt(rowsToSend)} rows`,
      detail: `Zoho skips the ${fmt(rowsToSkip)} rows above and reports each one in the result file.`,
    },
    {
      value: 'invalid',
      title: `Exclude the ${fmt(rowsToSkip)} rows Zoho would skip`,
      detail: `Send ${fmt(rowsToSend - rowsToSkip)} rows. The excluded rows stay listed in this import's report as excluded; nothing is dropped silently.`,
    },
  ];
  return (
    <fieldset className="rounded-lg border border-indigo-200 bg-indigo-50/50 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">What to send</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer gap-3 rounded-md border bg-white p-3 text-sm shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${value === option.value ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-slate-200'}`}
          >
            <input
              type="radio"
              name="preflight-exclusion"
              className="mt-0.5 size-4 accent-indigo-600"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span className="block font-medium text-slate-900">{option.title}</span>
              <span className="block text-xs text-slate-600">{option.detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
