import { formatCount, formatPercent } from '@/components/ui/format';
import type { OutcomeCounts } from '@/lib/db/schema/imports';
import { OUTCOMES, outcomeValue } from './outcome-legend';

/** A small stacked bar of one file's rows by outcome, the rest still to do: progress and outcome at once. */
export function FileOutcomeBar({
  counts,
  rowsDone,
  rowsInFile,
  label,
}: {
  counts: OutcomeCounts;
  rowsDone: number;
  rowsInFile: number | null;
  label: string;
}) {
  const total = Math.max(rowsInFile ?? rowsDone, rowsDone);
  const pending = total - rowsDone;
  const parts = OUTCOMES.map((o) => ({ ...o, value: outcomeValue(counts, o.key, pending) })).filter(
    (o) => o.value > 0 && o.key !== 'pending',
  );
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="text-slate-700">
          {rowsInFile === null ? (
            'Counting the rows…'
          ) : (
            <>
              <span className="font-semibold tabular-nums text-slate-900">{formatCount(rowsDone)}</span> of{' '}
              <span className="tabular-nums">{formatCount(rowsInFile)}</span> rows done
            </>
          )}
        </span>
        <span className="font-semibold tabular-nums text-slate-900">{formatPercent(rowsDone, total)}</span>
      </div>
      <div
        role="progressbar"
        aria-label={`${label}: progress`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={rowsDone}
        aria-valuetext={`${formatCount(rowsDone)} of ${formatCount(total)} rows`}
        className="flex h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        {parts.map((o) => (
          <div
            key={o.key}
            title={`${o.label}: ${formatCount(o.value)}`}
            className={`h-full ${o.swatch}`}
            style={{ width: `${(o.value / Math.max(total, 1)) * 100}%` }}
          />
        ))}
      </div>
    </div>
  );
}
