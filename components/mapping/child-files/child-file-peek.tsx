import type { PreviewRow } from '@/lib/csv/create-csv-scan';

const PEEK_ROWS = 5;
const CELL_CHARS = 40;

const clip = (text: string) => (text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS)}…` : text);

/** The first few rows of a child file, so the admin sees it is the file they meant; values are plain text. */
type Props = {
  headers: string[];
  rows: PreviewRow[];
  label: string;
  /** Records naming no parent: tinted, so the admin sees which rows the orphan check means. */
  orphans?: ReadonlySet<number>;
};

export function ChildFilePeek({ headers, rows, label, orphans }: Props) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table aria-label={label} className="min-w-full text-xs">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1.5 font-medium">
              #
            </th>
            {headers.map((header) => (
              <th key={header} scope="col" className="whitespace-nowrap px-2 py-1.5 font-medium">
                {clip(header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.slice(0, PEEK_ROWS).map((row) => (
            <tr
              key={row.record}
              className={orphans?.has(row.record) ? 'bg-amber-50' : undefined}
              title={orphans?.has(row.record) ? 'Names no row of the parent file: not sent' : undefined}
            >
              <td className="px-2 py-1 tabular-nums text-slate-500">{row.record}</td>
              {headers.map((header, index) => (
                <td key={header} className="whitespace-nowrap px-2 py-1 text-slate-800">
                  {clip(row.cells[index] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
