import { isChildRows, recordTitle, recordValue, shownFields } from './record-value';

/** One stored record: its filled fields, then each subform's rows and each multi-select or multi-user lookup's links. */
export function SandboxRecordCard({ record }: { record: Record<string, unknown> }) {
  const children = Object.entries(record).filter(
    (entry): entry is [string, Record<string, unknown>[]] => isChildRows(entry[1]) && entry[1].length > 0,
  );
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{recordTitle(record)}</h3>
        <span className="font-mono text-xs text-slate-500">id {recordValue(record.id)}</span>
      </div>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
        {shownFields(record).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}</dt>
            <dd className="truncate text-slate-900" title={value}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {children.map(([name, rows]) => (
        <ChildRows key={name} name={name} parent={recordTitle(record)} rows={rows} />
      ))}
    </li>
  );
}

function ChildRows({
  name,
  parent,
  rows,
}: {
  name: string;
  parent: string;
  rows: Record<string, unknown>[];
}) {
  const columns = [...new Set(rows.flatMap((row) => shownFields(row).map(([column]) => column)))];
  return (
    <section aria-label={`${name} of ${parent}`} className="mt-3 border-t border-slate-100 pt-3">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {name} <span className="font-normal normal-case text-slate-500">({rows.length})</span>
      </h4>
      <table className="mt-1 w-full text-left text-sm">
        <caption className="sr-only">{`${name} of ${parent}`}</caption>
        <thead>
          <tr className="text-xs text-slate-500">
            {columns.map((column) => (
              <th key={column} scope="col" className="py-1 pr-4 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={recordValue(row.id) || i} className="border-t border-slate-100">
              {columns.map((column) => (
                <td key={column} className="py-1 pr-4 text-slate-800">
                  {recordValue(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
