'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RowIssue } from '@/lib/mapping/preflight-tally';
import type { ProblemRow } from './preflight-worker-messages';

const ROW_HEIGHT_PX = 36;

type Props = { rows: ProblemRow[]; columns: { index: number; header: string }[]; label: string };

function cellTone(issues: RowIssue[]): string {
  if (issues.some((i) => i.severity === 'skip'))
    return 'bg-red-50 text-red-900 font-medium ring-1 ring-inset ring-red-300';
  if (issues.some((i) => i.severity === 'warning'))
    return 'bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-300';
  return 'text-slate-700';
}

/** The rows with problems, virtualised, problem cells highlighted; values are shown as plain text only. */
export function ProblemRowsGrid({ rows, columns, label }: Props) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const head =
    'border-b border-slate-200 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-700';

  return (
    <section
      ref={scrollRef}
      aria-label={`${label}, scrollable`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
      tabIndex={0}
      className="max-h-80 overflow-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <table aria-label={label} className="w-max min-w-full border-separate border-spacing-0 text-sm">
        <thead className="sticky top-0 z-10 bg-slate-50">
          <tr>
            <th scope="col" className={`${head} sticky left-0 z-20 bg-slate-50 text-right`}>
              Row
            </th>
            <th scope="col" className={head}>
              Why
            </th>
            {columns.map((column) => (
              <th key={column.index} scope="col" className={head}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? <tr aria-hidden style={{ height: paddingTop }} /> : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const shown = row.issues.filter((i) => i.severity !== 'zoho_decides');
            return (
              <tr key={row.record} style={{ height: ROW_HEIGHT_PX }}>
                <th
                  scope="row"
                  className="sticky left-0 border-b border-slate-100 bg-white px-3 text-right text-xs font-normal text-slate-500 tabular-nums"
                >
                  {row.record}
                </th>
                <td
                  className="max-w-96 truncate border-b border-slate-100 px-3 text-xs text-slate-700"
                  title={shown.map((i) => i.detail).join('; ')}
                >
                  {shown.map((i) => i.detail).join('; ')}
                </td>
                {columns.map((column) => {
                  const issues = shown.filter((i) => i.columnIndex === column.index);
                  return (
                    <td
                      key={column.index}
                      title={issues.map((i) => i.detail).join('; ') || undefined}
                      className={`max-w-56 truncate border-b border-slate-100 px-3 ${cellTone(issues)}`}
                    >
                      {row.cells[column.index] ?? ''}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {paddingBottom > 0 ? <tr aria-hidden style={{ height: paddingBottom }} /> : null}
        </tbody>
      </table>
    </section>
  );
}
