import { formatCount } from '@/components/ui/format';
import { Progress } from '@/components/ui/progress';
import type { OrphanReport } from '@/lib/mapping/find-orphans';
import type { OrphansRun } from './use-child-orphans';

const LISTED_RECORDS = 20;

type Props = { run: OrphansRun; parentFileName: string; parentKeyHeader: string };

const list = (records: number[], count: number) =>
  `${records.slice(0, LISTED_RECORDS).join(', ')}${count > LISTED_RECORDS ? ', …' : ''}`;

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
  return (
    <div className="space-y-2">
      {report.orphans === 0 ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          ✓ Every row finds its parent: all {formatCount(report.rows)} name a {parentKeyHeader} in{' '}
          {parentFileName}.
        </p>
      ) : (
        <Orphans report={report} parentFileName={parentFileName} parentKeyHeader={parentKeyHeader} />
      )}
      <RepeatedKeys report={report} parentFileName={parentFileName} parentKeyHeader={parentKeyHeader} />
    </div>
  );
}

type ReportProps = { report: OrphanReport; parentFileName: string; parentKeyHeader: string };

function Orphans({ report, parentFileName, parentKeyHeader }: ReportProps) {
  const isOne = report.orphans === 1;
  return (
    <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p>
        <strong>
          {formatCount(report.orphans)} {isOne ? 'row names' : 'rows name'} a parent that is not in the parent
          file
        </strong>
        : {isOne ? 'record' : 'records'} {list(report.records, report.orphans)} — {isOne ? 'it' : 'they'} will
        not be sent.
      </p>
      <p className="mt-1 text-xs">
        Their {parentKeyHeader} matches no row of {parentFileName} (compared exactly, spaces trimmed). The
        import can still start: {isOne ? 'this row is' : 'these rows are'} kept back and counted as excluded,
        and the other {formatCount(report.rows - report.orphans)} go with their parents.
      </p>
    </div>
  );
}

function RepeatedKeys({ report, parentFileName, parentKeyHeader }: ReportProps) {
  const { count, records } = report.repeatedParentKeys;
  if (count === 0) return null;
  const isOne = count === 1;
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">
      {formatCount(count)} {isOne ? 'row' : 'rows'} of {parentFileName} {isOne ? 'repeats' : 'repeat'} a{' '}
      {parentKeyHeader} an earlier row has ({isOne ? 'record' : 'records'} {list(records, count)}): child rows
      naming that key go with the first of them only.
    </p>
  );
}
