import type { PreflightRun } from './use-preflight';

const fmt = (n: number) => n.toLocaleString('en-US');

/** One line for the step's status bar: what the row check found so far, linking to its section. */
export function PreflightHeadline({ run }: { run: PreflightRun }) {
  if (run.status === 'running') return <span className="text-slate-500">Checking every row…</span>;
  if (run.status !== 'done') return null;
  const { rowsChecked, rowsToSkip } = run.result.summary;
  return (
    <a
      href="#row-check"
      className={`font-medium hover:underline ${rowsToSkip > 0 ? 'text-red-700' : 'text-emerald-700'}`}
    >
      {rowsToSkip > 0
        ? `Row check: Zoho would skip ${fmt(rowsToSkip)} of ${fmt(rowsChecked)} rows`
        : `Row check: all ${fmt(rowsChecked)} rows go through`}
    </a>
  );
}
