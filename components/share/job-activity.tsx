'use client';

import { useQuery } from '@tanstack/react-query';
import { format } from 'date-fns';
import { describeActivity } from './describe-activity';
import { jobActivityQuery } from './queries';

/** The audit trail of a job's links and retries, folded away until asked for. */
export function JobActivity({ jobKind, jobId }: { jobKind: 'import' | 'export'; jobId: string }) {
  const { data } = useQuery(jobActivityQuery(jobKind, jobId));
  if (!data || data.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">Activity ({data.length})</summary>
      <ul aria-label="Activity" className="mt-2 space-y-1">
        {data.map((event) => (
          <li key={event.id} className="flex flex-wrap justify-between gap-2 text-slate-700">
            <span>{describeActivity(event)}</span>
            <time dateTime={event.at} className="text-xs text-slate-500">
              {format(new Date(event.at), 'd MMM yyyy, HH:mm')}
            </time>
          </li>
        ))}
      </ul>
    </details>
  );
}
