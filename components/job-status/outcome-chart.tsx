import { formatCount, formatPercent } from '@/components/ui/format';
import type { OutcomeCounts } from '@/lib/db/schema/imports';
import { OUTCOMES, outcomeValue } from './outcome-legend';

export type OutcomeChartProps = {
  counts: OutcomeCounts;
  /** Rows in the file; the part not accounted for yet shows as "Still to do". */
  total: number | null;
  title?: string;
};

/** One stacked bar of where every row went, with a legend that carries the numbers (readable without colour). */
export function OutcomeChart({ counts, total, title = 'Where the rows went' }: OutcomeChartProps) {
  const done = OUTCOMES.reduce((sum, o) => sum + (o.key === 'pending' ? 0 : counts[o.key]), 0);
  const pending = Math.max(0, (total ?? done) - done);
  const whole = done + pending;
  const items = OUTCOMES.map((o) => ({ ...o, value: outcomeValue(counts, o.key, pending) })).filter(
    (o) => o.value > 0 || o.key === 'added' || o.key === 'failed',
  );
  const summary = items.map((o) => `${o.label}: ${formatCount(o.value)}`).join(', ');
  return (
    <figure aria-label={title} className="space-y-3">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <div
        role="img"
        aria-label={whole > 0 ? summary : 'No rows yet'}
        className="flex h-6 w-full overflow-hidden rounded-md bg-slate-100 ring-1 ring-inset ring-slate-200"
      >
        {items
          .filter((o) => o.value > 0)
          .map((o) => (
            <div
              key={o.key}
              title={`${o.label}: ${formatCount(o.value)}`}
              className={`h-full ${o.swatch} border-r border-white last:border-r-0`}
              style={{ width: `${(o.value / Math.max(whole, 1)) * 100}%` }}
            />
          ))}
      </div>
      <ul className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
        {items.map((o) => (
          <li key={o.key} className="flex items-start gap-2" title={o.hint}>
            <span
              aria-hidden
              className={`mt-1 h-3 w-3 shrink-0 rounded-sm ring-1 ring-inset ring-black/10 ${o.swatch}`}
            />
            <span className="text-sm">
              <span className="text-slate-600">{o.label}</span>{' '}
              <span className="font-semibold tabular-nums text-slate-900">{formatCount(o.value)}</span>{' '}
              <span className="text-xs text-slate-500">({formatPercent(o.value, whole)})</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
