'use client';
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { PreviewRow } from '@/lib/csv/create-csv-scan';
import { CellDetail, type SelectedCell } from './cell-detail';

const ROW_HEIGHT_PX = 33;

function buildColumns(headers: string[]): ColumnDef<PreviewRow>[] {
  const record: ColumnDef<PreviewRow> = { id: 'record', header: '#', accessorFn: (row) => row.record };
  return [
    record,
    ...headers.map((header, index) => ({
      id: `c${index}`,
      header,
      accessorFn: (row: PreviewRow) => row.cells[index] ?? '',
    })),
  ];
}

/** The first rows, virtualised; values are rendered as plain text, so `=HYPERLINK(…)` is only ever shown. */
type Props = {
  headers: string[];
  rows: PreviewRow[];
  /** Clicking a row number makes that record the header row. */
  onUseAsHeader: (record: number) => void;
};

export function PreviewGrid({ headers, rows, onUseAsHeader }: Props) {
  const columns = useMemo(() => buildColumns(headers), [headers]);
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel() });
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div ref={scrollRef} className="max-h-[420px] overflow-auto">
        <table aria-label="CSV preview" className="w-max min-w-full border-separate border-spacing-0 text-sm">
          <thead className="sticky top-0 z-10 bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    className={`border-b border-slate-200 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-700 ${header.column.id === 'record' ? 'sticky left-0 z-20 w-14 bg-slate-50 text-right text-slate-500' : ''}`}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? <tr aria-hidden style={{ height: paddingTop }} /> : null}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return (
                <tr key={row.id} className="odd:bg-white even:bg-slate-50" style={{ height: ROW_HEIGHT_PX }}>
                  {row.getVisibleCells().map((cell) => {
                    const value = String(cell.getValue() ?? '');
                    if (cell.column.id === 'record') {
                      return (
                        <th
                          key={cell.id}
                          scope="row"
                          className="sticky left-0 border-b border-slate-100 bg-inherit px-1 text-right font-mono text-xs font-normal text-slate-500 tabular-nums"
                        >
                          <button
                            type="button"
                            title={`Use record ${value} as the header row`}
                            aria-label={`Use record ${value} as the header row`}
                            onClick={() => onUseAsHeader(row.original.record)}
                            className="rounded px-2 py-0.5 hover:bg-indigo-50 hover:text-indigo-700"
                          >
                            {value}
                          </button>
                        </th>
                      );
                    }
                    const header = String(cell.column.columnDef.header ?? '');
                    return (
                      <td
                        key={cell.id}
                        className="max-w-[260px] border-b border-slate-100 px-3 whitespace-nowrap text-slate-800"
                      >
                        <button
                          type="button"
                          title={value.length > 30 ? value.slice(0, 2000) : undefined}
                          aria-label={value ? undefined : `${header} in record ${row.original.record}: empty`}
                          onClick={() => setSelected({ record: row.original.record, header, value })}
                          className="block min-h-6 w-full truncate text-left"
                        >
                          {value}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 ? <tr aria-hidden style={{ height: paddingBottom }} /> : null}
          </tbody>
        </table>
      </div>
      {selected ? <CellDetail cell={selected} onClose={() => setSelected(null)} /> : null}
    </div>
  );
}
