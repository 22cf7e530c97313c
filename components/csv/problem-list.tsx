import { Badge } from '@/components/ui/badge';
import { formatCount } from '@/components/ui/format';
import type { CsvProblem, CsvProblemKind } from '@/lib/csv/csv-problems';

const BLOCKING: CsvProblemKind[] = ['unclosed_quote', 'invalid_bytes', 'field_too_long'];

const HEADER_KINDS: CsvProblemKind[] = ['duplicate_header', 'empty_header', 'trimmed_header'];

function where(problem: CsvProblem): string {
  if (HEADER_KINDS.includes(problem.kind)) return `in the header row (record ${problem.firstRecords[0]})`;
  const records = problem.firstRecords.join(', ');
  const more = problem.count > problem.firstRecords.length ? ', …' : '';
  return `${problem.firstRecords.length > 1 ? 'records' : 'record'} ${records}${more}`;
}

/** What the scan found wrong, with how often and where it first happened. */
export function ProblemList({ problems, isFinal }: { problems: CsvProblem[]; isFinal: boolean }) {
  if (problems.length === 0) {
    return (
      <p
        role="status"
        className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      >
        {isFinal ? 'No problems found in this file.' : 'No problems found so far.'}
      </p>
    );
  }
  return (
    <ul
      aria-label="Problems"
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      {problems.map((problem) => (
        <li key={problem.kind} className="flex flex-wrap items-center gap-3 px-4 py-2.5 text-sm">
          <Badge tone={BLOCKING.includes(problem.kind) ? 'danger' : 'warning'}>
            {formatCount(problem.count)}
          </Badge>
          <span className="font-medium text-slate-900">{problem.message}</span>
          <span className="text-xs text-slate-500">
            {HEADER_KINDS.includes(problem.kind) ? '' : 'first at '}
            {where(problem)}
            {problem.firstLine !== problem.firstRecords[0] ? ` (line ${problem.firstLine})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
