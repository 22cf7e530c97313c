'use client';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatBytes, formatCount } from '@/components/ui/format';
import type { WorkbookSheet } from '@/lib/csv/xlsx/read-workbook';
import type { WorkbookView } from './use-workbook-worker';

type Props = {
  file: File;
  view: WorkbookView;
  onChoose: (sheet: WorkbookSheet, isRaw: boolean) => void;
  onReset: () => void;
};

const SHOWN_COLUMNS = 8;

function SheetCard({ sheet, onUse, isBusy }: { sheet: WorkbookSheet; onUse: () => void; isBusy: boolean }) {
  const width = Math.min(SHOWN_COLUMNS, Math.max(0, ...sheet.firstRows.map((row) => row.cells.length)));
  return (
    <article
      aria-label={`Sheet ${sheet.name}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-semibold text-slate-900">
          {sheet.name}
          {sheet.isHidden ? (
            <span className="ml-2 text-xs font-normal text-slate-500">(hidden sheet)</span>
          ) : null}
        </h3>
        <Button size="sm" onClick={onUse} disabled={isBusy || sheet.firstRows.length === 0}>
          Use sheet {sheet.name}
        </Button>
      </div>
      {sheet.firstRows.length === 0 ? (
        <p className="text-sm text-slate-500">This sheet is empty.</p>
      ) : (
        <div className="overflow-x-auto">
          <table aria-label={`First rows of ${sheet.name}`} className="min-w-full text-left text-xs">
            <tbody>
              {sheet.firstRows.map((row) => (
                <tr key={row.row} className="border-t border-slate-100">
                  <th scope="row" className="w-10 pr-2 font-normal text-slate-400">
                    {row.row}
                  </th>
                  {Array.from({ length: width }, (_, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={i} className="max-w-48 truncate px-2 py-1 text-slate-800">
                      {row.cells[i] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

/** An .xlsx: pick the sheet to import (first rows of each shown); it is then read as a CSV would be. */
export function SheetPickerStep({ file, view, onChoose, onReset }: Props) {
  const [isRaw, setIsRaw] = useState(false);
  const rawId = useId();
  const isBusy = view.status === 'converting' || view.status === 'reading';
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{file.name}</span> · {formatBytes(file.size)} · Excel
          workbook
        </p>
        <Button variant="secondary" size="sm" onClick={onReset}>
          Choose another file
        </Button>
      </div>
      {view.error ? <Alert>{view.error}</Alert> : null}
      {view.status === 'reading' ? (
        <p role="status" className="text-sm text-slate-600">
          Reading the workbook…
        </p>
      ) : null}
      {view.status === 'converting' ? (
        <p role="status" className="text-sm text-slate-600">
          Reading sheet {view.chosenSheet}… {formatCount(view.rows)} rows so far
        </p>
      ) : null}
      {view.sheets.length > 0 ? (
        <section aria-label="Sheets" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 className="text-base font-semibold text-slate-900">Choose the sheet to import</h2>
            <label htmlFor={rawId} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                id={rawId}
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300"
                checked={isRaw}
                onChange={(event) => setIsRaw(event.target.checked)}
              />
              Raw values (numbers unformatted, dates as yyyy-MM-dd) instead of as Excel shows them
            </label>
          </div>
          {view.sheets.map((sheet) => (
            <SheetCard key={sheet.path} sheet={sheet} isBusy={isBusy} onUse={() => onChoose(sheet, isRaw)} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
