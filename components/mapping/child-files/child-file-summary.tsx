'use client';
import type { Dispatch } from 'react';
import type { WizardAction, WizardState } from '@/components/csv/import-wizard-reducer';
import { ParseOptionsBar } from '@/components/csv/parse-options-bar';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatBytes, formatCount } from '@/components/ui/format';
import { DELIMITER_LABELS } from '@/lib/csv/csv-parse-options';
import { ChildFilePeek } from './child-file-peek';

type Props = {
  scan: WizardState;
  file: File;
  dispatch: Dispatch<WizardAction>;
  onCancel: () => void;
  orphans?: ReadonlySet<number>;
};

const isRunning = (scan: WizardState) =>
  scan.status === 'reading' || scan.status === 'scanning' || scan.status === 'cancelling';

/** A child file in a few lines: name, size, rows, how it is read, and its first rows. */
export function ChildFileSummary({ scan, file, dispatch, onCancel, orphans }: Props) {
  const rows = scan.progress?.rows ?? 0;
  const { options } = scan;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-slate-700">
          <span className="font-semibold text-slate-900">{file.name}</span> · {formatBytes(file.size)}
          {scan.status === 'done' || scan.status === 'cancelled' ? ` · ${formatCount(rows)} rows` : null}
          {options ? ` · ${DELIMITER_LABELS[options.delimiter].toLowerCase()} · ${options.encoding}` : null}
          {isRunning(scan) ? ` · reading… ${formatCount(rows)} rows so far` : null}
        </p>
        <div className="flex gap-2">
          {isRunning(scan) ? (
            <Button variant="ghost" size="sm" onClick={onCancel}>
              Stop reading
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={() => dispatch({ type: 'reset' })}>
            Choose another file
          </Button>
        </div>
      </div>
      {scan.error ? <Alert>{scan.error}</Alert> : null}
      {scan.status === 'cancelled' ? (
        <Alert tone="info">Reading stopped early: the row count covers only the rows read so far.</Alert>
      ) : null}
      {scan.headers.length > 0 ? (
        <ChildFilePeek
          headers={scan.headers}
          rows={scan.rows}
          label={`First rows of ${file.name}`}
          orphans={orphans}
        />
      ) : null}
      {options ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-xs font-medium text-slate-600">
            How the file is read (delimiter, encoding, header row)
          </summary>
          <div className="mt-2">
            <ParseOptionsBar
              options={options}
              detectedEncoding={scan.detectedEncoding}
              sepLine={scan.sepLine}
              onChange={(overrides) => dispatch({ type: 'optionsChanged', overrides })}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
