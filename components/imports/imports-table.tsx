'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { StatusBadge } from '@/components/job-status/status-badge';
import { displayStatus, STATUS_LABELS } from '@/components/job-status/status-labels';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { formatCount } from '@/components/ui/format';
import { UploadIcon } from '@/components/ui/icons';
import type { ImportListItem } from '@/lib/imports/views/list-imports';
import { IMPORT_STATUSES } from '@/lib/job-status/import-statuses';
import { importsListQuery } from './queries';

function duration(item: ImportListItem): string {
  if (!item.finishedAt) return '—';
  const seconds = Math.round((Date.parse(item.finishedAt) - Date.parse(item.createdAt)) / 1000);
  return seconds < 90
    ? `${seconds} s`
    : seconds < 5400
      ? `${Math.round(seconds / 60)} min`
      : `${(seconds / 3600).toFixed(1)} h`;
}

/** Every import with module, operation, rows, status, progress, who ran it, when and how long; filter and search. */
export function ImportsTable({ emptyTitle = 'No imports yet' }: { emptyTitle?: string }) {
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const list = useQuery(importsListQuery({ status, search }));
  const items = list.data ?? [];
  const isFiltered = status !== '' || search !== '';
  if (list.isSuccess && items.length === 0 && !isFiltered) {
    return (
      <EmptyState
        icon={<UploadIcon />}
        title={emptyTitle}
        description="Connect a Zoho org (or the built-in sandbox) on the Connection page, then start a new import: drop a CSV, map its columns onto CRM fields and send it."
        action={
          <Link href="/connection" className={buttonClasses('secondary')}>
            Go to Connection
          </Link>
        }
      />
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <label className="text-sm text-slate-700">
          <span className="sr-only">Search imports</span>
          <input
            type="search"
            placeholder="Search by name"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            className="h-9 w-64 rounded-md border border-slate-300 px-3 text-sm"
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          Status
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="">Any</option>
            {IMPORT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Imports</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              {[
                'Import',
                'Module',
                'Operation',
                'Rows',
                'Progress',
                'Status',
                'Ran by',
                'Started',
                'Took',
              ].map((name) => (
                <th key={name} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item) => {
              const percent = item.rowsInFile ? Math.round((item.rowsDone / item.rowsInFile) * 100) : 0;
              return (
                <tr key={item.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link
                      href={`/imports/${item.id}`}
                      className="font-medium text-indigo-700 hover:underline"
                    >
                      {item.name}
                    </Link>
                    {item.isTestRun ? <span className="ml-2 text-xs text-slate-500">test run</span> : null}
                    {item.isRetry ? <span className="ml-2 text-xs text-slate-500">retry</span> : null}
                    {item.childFiles > 0 ? (
                      <span className="ml-2 text-xs text-slate-500">
                        + {item.childFiles} child {item.childFiles === 1 ? 'file' : 'files'}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">{item.module}</td>
                  <td className="px-3 py-2 capitalize">{item.operation}</td>
                  <td className="px-3 py-2 tabular-nums">
                    {item.rowsInFile === null ? '—' : formatCount(item.rowsInFile)}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{percent}%</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={displayStatus(item.status, item.reconciled)} />
                  </td>
                  <td className="px-3 py-2">{item.ranBy ?? '—'}</td>
                  <td className="whitespace-nowrap px-3 py-2">{new Date(item.createdAt).toLocaleString()}</td>
                  <td className="px-3 py-2 tabular-nums">{duration(item)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {items.length === 0 && list.isSuccess ? (
          <p className="p-4 text-sm text-slate-600">No import matches these filters.</p>
        ) : null}
        {list.isError ? <p className="p-4 text-sm text-red-700">{list.error.message}</p> : null}
      </div>
    </div>
  );
}
