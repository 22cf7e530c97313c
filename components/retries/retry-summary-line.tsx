'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { StatusBadge } from '@/components/job-status/status-badge';
import { formatCount } from '@/components/ui/format';
import { retrySummaryQuery } from './queries';

/** "4,812 of 5,000 rows in the CRM after 2 retries", with each retry's page. Shows nothing before a retry. */
export function RetrySummaryLine({ importId }: { importId: string }) {
  const { data } = useQuery(retrySummaryQuery(importId));
  if (!data || data.retries.length === 0) return null;
  const count = data.retries.length;
  return (
    <section
      aria-label="Retries"
      className="space-y-2 rounded-md border border-indigo-100 bg-indigo-50/60 p-3"
    >
      <p className="text-sm text-slate-800">
        <span className="font-semibold tabular-nums">{formatCount(data.inCrm)}</span> of{' '}
        <span className="tabular-nums">{formatCount(data.rowsInFile ?? data.inCrm + data.notInCrm)}</span>{' '}
        rows in the CRM after {count} {count === 1 ? 'retry' : 'retries'}
        {data.notInCrm > 0 ? ` · ${formatCount(data.notInCrm)} still not in` : ''}
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {data.rootId !== importId ? (
          <li>
            <Link href={`/imports/${data.rootId}`} className="text-indigo-700 hover:underline">
              Original import
            </Link>
          </li>
        ) : null}
        {data.retries.map((retry, index) => (
          <li key={retry.id} className="flex items-center gap-2">
            {retry.id === importId ? (
              <span className="font-medium">Retry {index + 1} (this page)</span>
            ) : (
              <Link href={`/imports/${retry.id}`} className="text-indigo-700 hover:underline">
                Retry {index + 1}
              </Link>
            )}
            <span className="text-xs text-slate-500">{formatCount(retry.rowsSent)} rows</span>
            <StatusBadge status={retry.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
