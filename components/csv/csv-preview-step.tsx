'use client';
import type { Dispatch, ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatBytes, formatCount, formatElapsed } from '@/components/ui/format';
import { useFocusOnMount } from '@/components/ui/use-focus-on-mount';
import { ColumnProfileList } from './column-profile-card';
import { EncodingNotice } from './encoding-notice';
import { HeaderRowSuggestionNote } from './header-row-suggestion';
import type { WizardAction, WizardState } from './import-wizard-reducer';
import { ParseOptionsBar } from './parse-options-bar';
import { PreviewGrid } from './preview-grid';
import { ProblemList } from './problem-list';
import { ScanProgress } from './scan-progress';

type Props = {
  state: WizardState;
  file: File;
  dispatch: Dispatch<WizardAction>;
  onCancel: () => void;
  /** Set when this CSV is a sheet of that workbook. */
  workbookName?: string;
  /** An .xlsx under a .csv name is opened as the workbook it is. */
  onReadAsWorkbook: (file: File) => void;
  onOtherSheet: () => void;
};

function Section({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {aside ? <span className="text-xs text-slate-500">{aside}</span> : null}
      </div>
      {children}
    </section>
  );
}

export function CsvPreviewStep({
  state,
  file,
  dispatch,
  onCancel,
  workbookName,
  onReadAsWorkbook,
  onOtherSheet,
}: Props) {
  const isFinal = state.status === 'done' || state.status === 'cancelled';
  const canContinue = isFinal && state.headers.length > 0;
  const fileLine = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p ref={fileLine} tabIndex={-1} className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{file.name}</span> · {formatBytes(file.size)}
          {workbookName ? ` · a sheet of ${workbookName}, read as CSV` : ''}
        </p>
        <div className="flex gap-2">
          {workbookName ? (
            <Button variant="secondary" size="sm" onClick={onOtherSheet}>
              Choose another sheet
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={() => dispatch({ type: 'reset' })}>
            Choose another file
          </Button>
        </div>
      </div>
      {state.options ? (
        <ParseOptionsBar
          options={state.options}
          detectedEncoding={state.detectedEncoding}
          sepLine={state.sepLine}
          onChange={(overrides) => dispatch({ type: 'optionsChanged', overrides })}
        />
      ) : null}
      {state.options && state.headers.length > 0 ? (
        <EncodingNotice
          encoding={state.options.encoding}
          detected={state.detectedEncoding}
          suggestion={state.encodingSuggestion}
          onChoose={(encoding) => dispatch({ type: 'optionsChanged', overrides: { encoding } })}
        />
      ) : null}
      {state.headerSuggestion && state.options?.headerRow !== state.headerSuggestion.row ? (
        <HeaderRowSuggestionNote
          suggestion={state.headerSuggestion}
          onUse={(headerRow) =>
            dispatch({ type: 'optionsChanged', overrides: { headerRow, hasHeader: true } })
          }
        />
      ) : null}
      {state.error ? <Alert>{state.error}</Alert> : null}
      {state.errorCode === 'workbook' ? (
        <Button onClick={() => onReadAsWorkbook(file)}>Open it as an Excel workbook</Button>
      ) : null}
      {state.status !== 'failed' ? (
        <ScanProgress
          status={state.status}
          progress={state.progress}
          totalBytes={file.size}
          onCancel={onCancel}
        />
      ) : null}
      {state.headers.length > 0 ? (
        <Section
          title="Preview"
          aside={`First ${formatCount(state.rows.length)} rows${state.previewMs !== null ? ` · shown in ${formatElapsed(state.previewMs)}` : ''} · click a cell for its full value, a row number to make it the header`}
        >
          <PreviewGrid
            headers={state.headers}
            rows={state.rows}
            onUseAsHeader={(record) =>
              dispatch({ type: 'optionsChanged', overrides: { headerRow: record, hasHeader: true } })
            }
          />
        </Section>
      ) : null}
      {state.headers.length > 0 ? (
        <Section title="Problems" aside={isFinal ? undefined : 'Updating while the scan runs'}>
          <ProblemList problems={state.problems} isFinal={state.status === 'done'} />
        </Section>
      ) : null}
      {state.headers.length > 0 ? (
        <Section title="Columns" aside={`${state.headers.length} columns`}>
          {isFinal ? (
            <ColumnProfileList profiles={state.profiles} />
          ) : (
            <p className="text-sm text-slate-500">Column profiles appear when the scan finishes.</p>
          )}
        </Section>
      ) : null}
      <div className="flex justify-end border-t border-slate-200 pt-4">
        <Button disabled={!canContinue} onClick={() => dispatch({ type: 'continued' })}>
          Continue to mapping
        </Button>
      </div>
    </div>
  );
}
