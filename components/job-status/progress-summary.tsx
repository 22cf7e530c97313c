import { formatCount, formatPercent } from '@/components/ui/format';

export type ProgressSummaryProps = {
  rowsDone: number;
  rowsInFile: number | null;
  /** Shown under the bar, e.g. "Finished 5 minutes ago" (the page decides). */
  caption?: string;
};

/** The overall bar and "x of y rows" in words a manager reads at a glance. */
export function ProgressSummary({ rowsDone, rowsInFile, caption }: ProgressSummaryProps) {
  const total = rowsInFile ?? 0;
  const percent = total > 0 ? Math.min(100, (rowsDone / total) * 100) : 0;
  const isDone = total > 0 && rowsDone >= total;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-700">
          {rowsInFile === null ? (
            'Counting the rows in the file…'
          ) : (
            <>
              <span className="text-lg font-semibold tabular-nums text-slate-900">
                {formatCount(Math.min(rowsDone, total))}
              </span>{' '}
              of <span className="font-medium tabular-nums">{formatCount(total)}</span> rows done
            </>
          )}
        </p>
        <p className="text-sm font-semibold tabular-nums text-slate-900">
          {formatPercent(Math.min(rowsDone, total), total)}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label="Overall progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={Math.min(rowsDone, total)}
        aria-valuetext={`${formatCount(Math.min(rowsDone, total))} of ${formatCount(total)} rows`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${isDone ? 'bg-emerald-500' : 'bg-indigo-600'}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      {caption ? <p className="text-xs text-slate-500">{caption}</p> : null}
    </div>
  );
}
