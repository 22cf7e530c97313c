import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/components/ui/format';
import type { OutcomeCounts } from '@/lib/db/schema/imports';
import type { FileView } from '@/lib/imports/views/family-files';
import { FileOutcomeBar } from './file-outcome-bar';
import { OUTCOMES } from './outcome-legend';

const COUNTED = OUTCOMES.filter(
  (o): o is (typeof OUTCOMES)[number] & { key: keyof OutcomeCounts } => o.key !== 'pending',
);

/** One file of a parent-child import: what it feeds, its progress and where its rows went. */
export function FileCard({
  file,
  details,
  actions,
}: {
  file: Omit<FileView, 'errors'>;
  /** Admin-only lines under the label (the file's name). */
  details?: ReactNode;
  /** Admin-only links at the bottom (downloads, the file's page). */
  actions?: ReactNode;
}) {
  return (
    <Card className="flex flex-col gap-4 p-4">
      <div className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {file.role === 'parent' ? 'Parent file' : 'Child file'}
        </p>
        <h3 className="text-base font-semibold text-slate-900">{file.label}</h3>
        <p className="text-xs text-slate-500">
          Module <span className="font-medium text-slate-700">{file.module}</span>
          {file.rowsInFile === null ? '' : ` · ${formatCount(file.rowsInFile)} rows`}
          {file.waitingForFullRun
            ? ` (test run: ${formatCount(file.waitingForFullRun)} more wait for the full import)`
            : ''}
        </p>
        {details}
      </div>
      <FileOutcomeBar
        counts={file.counts}
        rowsDone={file.rowsDone}
        rowsInFile={file.rowsInFile}
        label={file.label}
      />
      <dl className="grid grid-cols-2 gap-x-5 gap-y-1 text-sm">
        {COUNTED.map((o) => (
          <div key={o.key} className="flex items-center gap-1.5 whitespace-nowrap" title={o.hint}>
            <span
              aria-hidden
              className={`h-2.5 w-2.5 shrink-0 rounded-sm ring-1 ring-inset ring-black/10 ${o.swatch}`}
            />
            <dt className="text-slate-600">{o.label}</dt>
            <dd className="ml-auto font-semibold tabular-nums text-slate-900">
              {formatCount(file.counts[o.key])}
            </dd>
          </div>
        ))}
      </dl>
      {file.reconciled === false ? (
        <p className="text-sm text-red-700">The counts of this file do not add up; an admin is checking.</p>
      ) : null}
      {actions ? (
        <div className="mt-auto flex flex-wrap gap-2 border-t border-slate-100 pt-3">{actions}</div>
      ) : null}
    </Card>
  );
}
