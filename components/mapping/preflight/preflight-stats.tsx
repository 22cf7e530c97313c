import type { PreflightSummary } from '@/lib/mapping/preflight-tally';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Four numbers that add up: rows checked = rows that go through (some with warnings) + rows Zoho would skip. */
export function PreflightStats({ summary }: { summary: PreflightSummary }) {
  const clean = summary.rowsChecked - summary.rowsToSkip - summary.rowsWithWarnings;
  const stats = [
    { label: 'Rows checked', value: summary.rowsChecked, tone: 'text-slate-900' },
    { label: 'Go through as written', value: clean, tone: 'text-emerald-700' },
    {
      label: 'Go through with a warning',
      value: summary.rowsWithWarnings,
      tone: summary.rowsWithWarnings > 0 ? 'text-amber-700' : 'text-slate-900',
    },
    {
      label: 'Zoho would skip',
      value: summary.rowsToSkip,
      tone: summary.rowsToSkip > 0 ? 'text-red-700' : 'text-slate-900',
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
          <dt className="text-xs text-slate-600">{stat.label}</dt>
          <dd className={`text-xl font-semibold tabular-nums ${stat.tone}`}>{fmt(stat.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
