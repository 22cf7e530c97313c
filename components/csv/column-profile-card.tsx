import { Badge } from '@/components/ui/badge';
import { formatCount } from '@/components/ui/format';
import type { ColumnProfile, InferredType } from '@/lib/csv/column-profile';

// The distinct estimator is exact below this many values.
const DISTINCT_EXACT_BELOW = 256;

const TYPE_LABELS: Record<InferredType, string> = {
  empty: 'Empty',
  email: 'Email',
  phone: 'Phone',
  url: 'URL',
  integer: 'Integer',
  decimal: 'Decimal',
  currency: 'Currency',
  boolean: 'Boolean',
  date: 'Date',
  datetime: 'Date & time',
  text: 'Text',
};

/** One CSV column at a glance; the mapping board shows the same card. */
export function ColumnProfileCard({ profile }: { profile: ColumnProfile }) {
  const fillPercent = profile.total > 0 ? Math.round((profile.filled / profile.total) * 100) : 0;
  return (
    <article
      aria-label={`Column ${profile.header}`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      <header className="flex items-start justify-between gap-2">
        <h3 className="truncate text-sm font-semibold text-slate-900" title={profile.header}>
          {profile.header}
        </h3>
        <Badge
          tone={profile.inferredType === 'text' || profile.inferredType === 'empty' ? 'neutral' : 'info'}
        >
          {TYPE_LABELS[profile.inferredType]}
        </Badge>
      </header>
      {profile.dateFormats.length > 0 ? (
        <p className="font-mono text-xs text-indigo-700">{profile.dateFormats.join(' or ')}</p>
      ) : null}
      <div>
        <div className="flex justify-between text-xs text-slate-600">
          <span>Filled</span>
          <span className="tabular-nums">{fillPercent}%</span>
        </div>
        <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-100">
          <div className="h-full rounded-full bg-emerald-500" style={{ width: `${fillPercent}%` }} />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-2 text-xs text-slate-600">
        <dt>Distinct</dt>
        <dd className="text-right tabular-nums text-slate-800">
          {profile.distinct >= DISTINCT_EXACT_BELOW ? '~' : ''}
          {formatCount(profile.distinct)}
        </dd>
        <dt>Longest</dt>
        <dd className="text-right tabular-nums text-slate-800">{formatCount(profile.maxLength)} chars</dd>
      </dl>
      {profile.samples.length > 0 ? (
        <ul aria-label="Sample values" className="flex flex-wrap gap-1">
          {profile.samples.map((sample) => (
            <li
              key={sample}
              className="max-w-full truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-700"
            >
              {sample}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

export function ColumnProfileList({ profiles }: { profiles: ColumnProfile[] }) {
  return (
    <div className="grid grid-cols-[repeat(auto-fill,minmax(200px,1fr))] gap-3">
      {profiles.map((profile) => (
        <ColumnProfileCard key={profile.index} profile={profile} />
      ))}
    </div>
  );
}
