import { formatCount } from '@/components/csv/format-numbers';
import { Progress } from '@/components/ui/progress';
import type { OrphansRun } from './use-child-orphans';

const LISTED_RECORDS = 20;

type Props = { run: OrphansRun; parentFileName: string; parentKeyHeader: string };

/** The browser's check that every child row names a row of the parent file; orphans are kept back, not a blocker. */
export function ChildOrphansNote({ run, parentFileName, parentKeyHeader }: Props) {
  if (run.status === 'idle') return null;
  if (run.status === 'running')
    return (
      <div className="space-y-1" role="status">
        <p className="text-xs text-slate-600">Checking every row against {parentFileName}…</p>
        <Progress value={run.bytesRead} max={run.totalBytes} label="Checking parents" />
      </div>
    );
  if (run.status === 'failed')
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {run.message}
      </p>
    );
  const { report } = run;
  if (report.orphans === 0)
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        ✓ Every row finds its parent: all {formatCount(report.rows)} name a {parentKeyHeader} in{' '}
        {parentFileName}.
      </p>
    );
  const listed = report.records.slice(0, LISTED_RECORDS).join(', ');
  const more = report.orphans > LISTED_RECORDS ? ', …' : '';
  return (
    <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>
        <strong>
          {formatCount(report.orphans)} {report.orphans === 1 ? 'row names' : 'rows name'} a parent that is
          not in the parent file
        </strong>
        : {report.orphans === 1 ? 'record' : 'records'} {listed}
        {more} — {report.orphans === 1 ? 'it' : 'they'} will not be sent.
      </p>
      <p className="mt-1 text-xs">
        Their {parentKeyHeader} matches no row of {parentFileName} (compared exactly, spaces trimmed). The
        import can still start: {report.orphans === 1 ? 'this row is' : 'these rows are'} kept back and
        counted as excluded, and the other {formatCount(report.rows - report.orphans)} go with their parents.
      </p>
    </div>
  );
}
