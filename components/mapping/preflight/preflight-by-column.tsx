import type { PreflightSummary } from '@/lib/mapping/preflight-tally';
import { countsByColumn } from '@/lib/mapping/preflight-views';

type Props = { summary: PreflightSummary; headerOf: (index: number) => string };

/** Which columns the problems sit in, most skipped first. */
export function PreflightByColumn({ summary, headerOf }: Props) {
  const counts = countsByColumn(summary);
  if (counts.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <span className="font-medium text-slate-700">By column:</span>
      {counts.map((c) => (
        <span
          key={c.columnIndex}
          className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-1 text-slate-800"
        >
          {headerOf(c.columnIndex)}
          {c.skip > 0 ? (
            <span className="font-semibold text-red-700">{c.skip.toLocaleString('en-US')} skipped</span>
          ) : null}
          {c.warning > 0 ? (
            <span className="font-semibold text-amber-700">
              {c.warning.toLocaleString('en-US')} with a warning
            </span>
          ) : null}
        </span>
      ))}
    </div>
  );
}
