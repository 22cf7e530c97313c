'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import type { ScheduleRunItem } from '@/lib/schedules/schedule-schemas';
import { scheduleRunsQuery } from './queries';

const OUTCOME: Record<
  ScheduleRunItem['outcome'],
  { label: string; tone: 'success' | 'warning' | 'danger' | 'neutral' | 'info' }
> = {
  importing: { label: 'Importing', tone: 'info' },
  imported: { label: 'Imported', tone: 'success' },
  skipped: { label: 'Skipped', tone: 'neutral' },
  held: { label: 'Held', tone: 'warning' },
  failed: { label: 'Failed', tone: 'danger' },
  empty: { label: 'No files', tone: 'neutral' },
};

export function OutcomeBadge({ outcome }: { outcome: ScheduleRunItem['outcome'] }) {
  return <Badge tone={OUTCOME[outcome].tone}>{OUTCOME[outcome].label}</Badge>;
}

/** Every file a schedule met and what became of it, newest first. */
export function ScheduleRuns({ scheduleId, name }: { scheduleId: string; name: string }) {
  const runs = useQuery(scheduleRunsQuery(scheduleId));
  if (runs.isPending) return <p className="text-sm text-slate-500">Loading runs…</p>;
  if (runs.isError) return <Alert>{runs.error.message}</Alert>;
  if (runs.data.length === 0) return <p className="text-sm text-slate-600">It has not run yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Runs of {name}</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th className="py-1 font-medium">When</th>
          <th className="py-1 font-medium">File</th>
          <th className="py-1 font-medium">Outcome</th>
          <th className="py-1 font-medium">Details</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {runs.data.map((run) => (
          <tr key={run.id}>
            <td className="py-2 whitespace-nowrap text-slate-700">
              {new Date(run.firedAt).toLocaleString()}
            </td>
            <td className="py-2 font-mono text-xs text-slate-800">{run.fileName ?? '—'}</td>
            <td className="py-2">
              <OutcomeBadge outcome={run.outcome} />
            </td>
            <td className="py-2 text-slate-700">
              {run.message}{' '}
              {run.importId ? (
                <Link href={`/imports/${run.importId}`} className="text-indigo-700 underline">
                  Open the import
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
