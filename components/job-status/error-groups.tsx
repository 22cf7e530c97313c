import { formatCount } from '@/components/ui/format';
import { isFieldmapCode, zohoRowErrorMessage } from './zoho-row-error-messages';

export type ErrorGroupItem = {
  code: string;
  /** The field (or CSV column) Zoho named, when it named one. */
  column: string | null;
  count: number;
  /** Zoho's own wording; only the admin page passes it (the public page shows our words only). */
  detail?: string;
};

/** Why rows failed, grouped by error and field, largest group first, with what the error means. */
export function ErrorGroups({
  errors,
  title = 'Why rows did not go in',
}: {
  errors: ErrorGroupItem[];
  title?: string;
}) {
  const sorted = [...errors].sort((a, b) => b.count - a.count);
  return (
    <section aria-label={title} className="space-y-3">
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-600">No errors so far.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Why rows did not go in</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Problem
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Field
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Rows
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sorted.map((group) => (
              <tr key={`${group.code}|${group.column ?? ''}`} className="align-top">
                <td className="py-2 pr-4">
                  <p className="text-slate-900">{zohoRowErrorMessage(group.code)}</p>
                  <p className="mt-0.5 font-mono text-xs text-slate-500">{group.code}</p>
                  {group.detail && !isFieldmapCode(group.code) ? (
                    <p className="mt-0.5 text-xs text-slate-500">Zoho: {group.detail}</p>
                  ) : null}
                </td>
                <td className="py-2 pr-4 text-slate-700">{group.column ?? '—'}</td>
                <td className="py-2 text-right font-semibold tabular-nums text-slate-900">
                  {formatCount(group.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
