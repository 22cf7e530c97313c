'use client';
import { useId, useState } from 'react';
import { Progress } from '@/components/ui/progress';
import type { ColumnProfile } from '@/lib/csv/column-profile';
import type { PreflightSummary } from '@/lib/mapping/preflight-tally';
import { reasonKey } from '@/lib/mapping/preflight-views';
import { PreflightByColumn } from './preflight-by-column';
import { type Exclusion, PreflightChoice } from './preflight-choice';
import { PreflightReasons } from './preflight-reasons';
import { PreflightStats } from './preflight-stats';
import { ProblemRowsGrid } from './problem-rows-grid';
import type { PreflightRun } from './use-preflight';

type Props = {
  run: PreflightRun;
  dataRows: number;
  columns: ColumnProfile[];
  mappedIndexes: number[];
  exclusion: Exclusion;
  /** Omitted where rows cannot be kept back (child files): the panel then only reports. */
  onExclusion?: (value: Exclusion) => void;
  onCancel: () => void;
  /** Tells screen readers which file the check is for when a page holds several. */
  fileName?: string;
};

const ALL = 'all';

/** The whole-file row check: progress, what Zoho would do with the rows and why, the rows themselves, the choice. */
export function PreflightPanel({
  run,
  dataRows,
  columns,
  mappedIndexes,
  exclusion,
  onExclusion,
  onCancel,
  fileName,
}: Props) {
  const [filter, setFilter] = useState(ALL);
  const generatedId = useId();
  // The parent's panel keeps the anchor the status bar links to; a child file's gets its own.
  const headingId = fileName ? generatedId : 'row-check';
  const result =
    run.status === 'done'
      ? run.result
      : run.status === 'running' || run.status === 'cancelled'
        ? run.previous
        : undefined;
  const headerOf = (index: number) => columns.find((c) => c.index === index)?.header ?? `Column ${index + 1}`;
  const summary: PreflightSummary | undefined = result?.summary;
  const problemReasons = summary?.reasons.filter((r) => r.severity !== 'zoho_decides') ?? [];
  const rows = (result?.problemRows ?? []).filter(
    (row) => filter === ALL || row.issues.some((i) => reasonKey(i) === filter),
  );
  const gridColumns = [
    ...new Set([
      ...mappedIndexes,
      ...rows.flatMap((r) => r.issues.flatMap((i) => (i.columnIndex === undefined ? [] : [i.columnIndex]))),
    ]),
  ]
    .sort((a, b) => a - b)
    .map((index) => ({ index, header: headerOf(index) }));

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          Row check: what Zoho would do with every row
          {fileName ? <span className="sr-only"> of {fileName}</span> : null}
        </h3>
        <p className="text-xs text-slate-500">
          Runs over the whole file in the background after each change.
        </p>
      </div>
      {run.status === 'running' ? (
        <div className="flex items-center gap-3" role="status">
          <div className="flex-1">
            <Progress label="Checking rows" value={Math.min(run.rows, dataRows)} max={dataRows} />
          </div>
          <span className="text-xs text-slate-600 tabular-nums">
            Checking rows… {run.rows.toLocaleString('en-US')} of {dataRows.toLocaleString('en-US')}
          </span>
          <button
            type="button"
            className="text-xs font-medium text-slate-700 hover:underline"
            onClick={onCancel}
          >
            Stop checking
          </button>
        </div>
      ) : null}
      {run.status === 'idle' ? (
        <p className="text-sm text-slate-600">The row check starts once the module's fields are read.</p>
      ) : null}
      {run.status === 'cancelled' ? (
        <p className="text-sm text-amber-800" role="status">
          Row check stopped. It runs again after the next change.
        </p>
      ) : null}
      {run.status === 'failed' ? (
        <p role="alert" className="text-sm text-red-800">
          {run.message}
        </p>
      ) : null}
      {summary ? (
        <div className="space-y-4">
          {run.status === 'done' ? null : (
            <p className="rounded-md bg-slate-100 px-3 py-1.5 text-xs text-slate-700">
              The result below is from the previous check; it is replaced when this one finishes.
            </p>
          )}
          <PreflightStats summary={summary} />
          <PreflightByColumn summary={summary} headerOf={headerOf} />
          {summary.reasons.length > 0 ? (
            <PreflightReasons reasons={summary.reasons} headerOf={headerOf} onShowRows={setFilter} />
          ) : null}
          {result && result.problemRows.length > 0 ? (
            <div className="space-y-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  Show
                  <select
                    className="h-8 rounded-md border border-slate-300 px-2 text-sm"
                    value={filter}
                    onChange={(e) => setFilter(e.target.value)}
                  >
                    <option value={ALL}>All rows with problems</option>
                    {problemReasons.map((reason) => (
                      <option key={reasonKey(reason)} value={reasonKey(reason)}>
                        {reason.message} ({reason.count.toLocaleString('en-US')})
                      </option>
                    ))}
                  </select>
                </label>
                <p className="text-xs text-slate-500">
                  {rows.length.toLocaleString('en-US')} {rows.length === 1 ? 'row' : 'rows'}
                  {result.isTruncated ? ' (the first 2,000 rows with problems are kept for viewing)' : ''} ·
                  red: skipped, amber: changed
                </p>
              </div>
              <ProblemRowsGrid rows={rows} columns={gridColumns} label="Rows with problems" />
            </div>
          ) : null}
          {summary.rowsToSkip > 0 && onExclusion ? (
            <PreflightChoice
              value={exclusion}
              onChange={onExclusion}
              rowsToSend={summary.rowsChecked}
              rowsToSkip={summary.rowsToSkip}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
