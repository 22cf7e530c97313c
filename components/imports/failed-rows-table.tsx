'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { zohoRowErrorMessage } from '@/components/job-status/zoho-row-error-messages';
import { Button } from '@/components/ui/button';
import { dedupeHeaders } from '@/lib/csv/dedupe-headers';
import { importRowsQuery } from './queries';

const OUTCOME_WORDS: Record<string, string> = {
  skipped: 'Skipped by Zoho',
  failed: 'Failed',
  unprocessed: 'Not processed',
  excluded: 'Kept back',
};

/** Rows that did not reach the CRM, a page at a time, with their original values and the reason. */
export function FailedRowsTable({
  importId,
  total,
  title = 'Rows not in the CRM',
}: {
  importId: string;
  total: number;
  title?: string;
}) {
  const [page, setPage] = useState(0);
  const rows = useQuery({ ...importRowsQuery(importId, page, total), enabled: total > 0 });
  if (total === 0) return null;
  const data = rows.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const columns = dedupeHeaders(data?.headers ?? []).headers.map((header, at) => ({
    key: header,
    header,
    at,
  }));
  return (
    <section aria-labelledby="failed-rows" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="failed-rows" className="text-sm font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-500">({total.toLocaleString()})</span>
        </h2>
        {pages > 1 ? (
          <div className="flex items-center gap-2 text-sm text-slate-600">
            <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <span>
              Page {page + 1} of {pages}
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              Next
            </Button>
          </div>
        ) : null}
      </div>
      {rows.isError ? <p className="text-sm text-red-700">{rows.error.message}</p> : null}
      {data ? (
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Rows not in the CRM</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Row
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Outcome
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Why
                </th>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((row) => (
                <tr key={row.recordNumber} className="align-top">
                  <td className="px-3 py-2 tabular-nums text-slate-500">{row.recordNumber}</td>
                  <td className="whitespace-nowrap px-3 py-2">{OUTCOME_WORDS[row.outcome] ?? row.outcome}</td>
                  <td className="min-w-64 px-3 py-2 text-slate-700">
                    {row.errorCode && row.errorCode !== 'NOT_SENT'
                      ? `${zohoRowErrorMessage(row.errorCode)}${row.errorColumn ? ` (${row.errorColumn})` : ''}`
                      : row.message}
                  </td>
                  {columns.map((column) => (
                    <td
                      key={column.key}
                      className="max-w-56 truncate px-3 py-2 text-slate-800"
                      title={row.values[column.at]}
                    >
                      {row.values[column.at]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Loading rows…</p>
      )}
    </section>
  );
}
