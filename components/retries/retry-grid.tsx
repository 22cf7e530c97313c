'use client';

import { zohoRowErrorMessage } from '@/components/job-status/zoho-row-error-messages';
import type { CrmField } from '@/lib/crm/crm-field';
import type { RetryRowsView } from '@/lib/retries/retry-schemas';
import { ColumnFieldSelect } from './column-field-select';
import { cellValue, editCell, type RetryDraft, remapColumn, toggleRow } from './retry-draft';

/** The rows not in the CRM as an editable table; the cell Zoho complained about is marked with the reason. */
export function RetryGrid({
  view,
  fields,
  draft,
  onChange,
}: {
  view: RetryRowsView;
  fields: CrmField[] | undefined;
  draft: RetryDraft;
  onChange: (draft: RetryDraft) => void;
}) {
  const columns = Object.keys(view.mappedFields)
    .map(Number)
    .sort((a, b) => a - b);
  return (
    <div className="max-h-[28rem] overflow-auto rounded-md border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rows to retry</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2 font-medium">
              <span className="sr-only">Retry</span>
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Row
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Why it did not go in
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="min-w-40 px-2 py-2 font-medium">
                {view.headers[column] ?? `Column ${column + 1}`}
                <ColumnFieldSelect
                  header={view.headers[column] ?? `Column ${column + 1}`}
                  value={draft.remap[column] ?? view.mappedFields[column] ?? ''}
                  fields={fields}
                  onChange={(field) => onChange(remapColumn(draft, column, field))}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.rows.map((row) => {
            const reason = row.errorCode
              ? `${zohoRowErrorMessage(row.errorCode)}${row.errorField ? ` (${row.errorField})` : ''}`
              : 'Zoho did not process this row.';
            const reasonId = `retry-reason-${row.recordNumber}`;
            return (
              <tr key={row.recordNumber} className="align-top">
                <td className="px-2 py-1.5">
                  <input
                    type="checkbox"
                    aria-label={`Retry row ${row.recordNumber}`}
                    checked={draft.selected.has(row.recordNumber)}
                    onChange={() => onChange(toggleRow(draft, row.recordNumber))}
                  />
                </td>
                <td className="px-2 py-1.5 tabular-nums text-slate-600">{row.recordNumber}</td>
                <td id={reasonId} className="max-w-64 px-2 py-1.5 text-xs text-red-800">
                  {reason}
                </td>
                {columns.map((column) => {
                  const value = cellValue(draft, row, column);
                  const isEdited = value !== (row.values[column] ?? '');
                  const isBad = row.errorColumnIndex === column && !isEdited;
                  return (
                    <td key={column} className="px-2 py-1">
                      <input
                        aria-label={`${view.headers[column] ?? `Column ${column + 1}`} in row ${row.recordNumber}`}
                        aria-invalid={isBad || undefined}
                        aria-describedby={isBad ? reasonId : undefined}
                        title={isBad ? reason : undefined}
                        value={value}
                        onChange={(event) =>
                          onChange(editCell(draft, row.recordNumber, column, event.target.value))
                        }
                        className={`h-8 w-full rounded border px-2 text-sm ${isBad ? 'border-red-400 bg-red-50' : isEdited ? 'border-emerald-400 bg-emerald-50' : 'border-slate-200'}`}
                      />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
