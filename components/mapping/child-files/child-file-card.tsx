'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FileDropZone } from '@/components/csv/file-drop-zone';
import { importWizardReducer, initialWizardState } from '@/components/csv/import-wizard-reducer';
import { useCsvScanWorker } from '@/components/csv/use-csv-scan-worker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CrmField } from '@/lib/crm/crm-field';
import { initialMapping } from '@/lib/mapping/initial-mapping';
import { guessChildKeyColumn } from '@/lib/mapping/key-columns';
import { emptyMapping, mappedColumnIndexes } from '@/lib/mapping/mapping-state';
import { childFieldsWithoutParent, parentFieldOf } from '@/lib/mapping/parent-field';
import { CheckedBoard } from '../board/checked-board';
import { LabelledSelect } from '../labelled-select';
import { PreflightPanel } from '../preflight/preflight-panel';
import { usePreflight } from '../preflight/use-preflight';
import { moduleFieldsQuery } from '../queries';
import { childFileBlocker, childFileProblems, leaveOutKey } from './child-file-checks';
import { ChildFileSummary } from './child-file-summary';
import {
  type ChildFileReady,
  childBoardReducer,
  childFieldLabel,
  type ParentFile,
} from './child-files-state';
import { ChildOrphansNote } from './child-orphans-note';
import { useChildOrphans } from './use-child-orphans';

type Props = {
  position: number;
  parent: ParentFile;
  /** The parent module's subform and multi-select / multi-user lookup fields. */
  familyFields: CrmField[];
  field: string;
  /** Fields the other child files feed: one file per field. */
  takenFields: string[];
  onFieldChange: (field: string) => void;
  onReport: (ready: ChildFileReady | null, blocker: string | null) => void;
  onRemove: () => void;
};

/** One child file: what it feeds, the file, which column names the parent, its mapping and orphan check. */
export function ChildFileCard({
  position,
  parent,
  familyFields,
  field,
  takenFields,
  onFieldChange,
  onReport,
  onRemove,
}: Props) {
  const [scan, dispatchScan] = useReducer(importWizardReducer, initialWizardState);
  const { cancel } = useCsvScanWorker(scan, dispatchScan);
  const relation = familyFields.find((f) => f.apiName === field)?.childModule;
  const metadata = useQuery(moduleFieldsQuery(parent.connectionId, relation?.module ?? ''));
  const fields = useMemo(
    () =>
      relation && metadata.data
        ? childFieldsWithoutParent(relation.kind, parent.module, metadata.data.fields)
        : [],
    [relation, metadata.data, parent.module],
  );
  const parentField =
    relation && metadata.data ? parentFieldOf(relation.kind, parent.module, metadata.data.fields) : undefined;
  const isRead = (scan.status === 'done' || scan.status === 'cancelled') && scan.headers.length > 0;
  const profiles = isRead ? scan.profiles : [];
  const parentKey = parent.columns.find((column) => column.index === parent.keyColumn);
  const [keyChoice, setKeyChoice] = useState<{ runId: number; column: number } | null>(null);
  const keyColumn =
    keyChoice?.runId === scan.runId ? keyChoice.column : guessChildKeyColumn(profiles, parentKey);
  const boardColumns = useMemo(() => profiles.filter((c) => c.index !== keyColumn), [profiles, keyColumn]);

  const [board, dispatchBoard] = useReducer(childBoardReducer, { builtFor: '', mapping: emptyMapping([]) });
  const builtFor = `${field}/${scan.runId}`;
  useEffect(() => {
    if (!isRead || !metadata.data || board.builtFor === builtFor) return;
    dispatchBoard({ type: 'build', builtFor, mapping: initialMapping(boardColumns, fields) });
  }, [isRead, metadata.data, board.builtFor, builtFor, boardColumns, fields]);
  const mapping = useMemo(() => leaveOutKey(board.mapping, keyColumn), [board.mapping, keyColumn]);
  const layouts = metadata.data?.layouts ?? [];
  const isBoardReady = isRead && metadata.data !== undefined && board.builtFor === builtFor;
  const problems = useMemo(
    () => (isBoardReady ? childFileProblems({ mapping, columns: boardColumns, fields, layouts }) : []),
    [isBoardReady, mapping, boardColumns, fields, layouts],
  );
  const blocker = childFileBlocker({
    position,
    scan,
    module: relation?.module,
    isFieldsError: metadata.isError,
    isBoardReady,
    problems,
  });

  // The parent's row check, for this file's rows: what Zoho would skip is known before anything is sent.
  const preflightInput = useMemo(
    () =>
      isBoardReady && relation
        ? {
            fields,
            layouts,
            settings: {
              connectionId: parent.connectionId,
              module: relation.module,
              operation: 'insert' as const,
              ignoreEmpty: false,
              timeZone: parent.timeZone,
            },
            mapping,
          }
        : null,
    [isBoardReady, relation, fields, layouts, parent.connectionId, parent.timeZone, mapping],
  );
  const preflight = usePreflight(scan.file, scan.options, preflightInput);

  const orphans = useChildOrphans(
    parent,
    isRead && scan.file && scan.options ? { file: scan.file, parseOptions: scan.options, keyColumn } : null,
  );

  // A stopped preview counts only the rows it read; the orphan check reads the whole file.
  const dataRows = orphans.status === 'done' ? orphans.report.rows : (scan.progress?.rows ?? 0);
  const orphanRecords = useMemo(
    () => (orphans.status === 'done' ? new Set(orphans.report.records) : undefined),
    [orphans],
  );

  const ready = useMemo<ChildFileReady | null>(
    () =>
      blocker === null && scan.file && scan.options && relation
        ? {
            file: scan.file,
            parseOptions: scan.options,
            field,
            keyColumn,
            mapping,
            dataRows,
            kind: relation.kind,
          }
        : null,
    [blocker, scan.file, scan.options, dataRows, field, keyColumn, mapping, relation],
  );
  const report = useRef(onReport);
  report.current = onReport;
  useEffect(() => report.current(ready, blocker), [ready, blocker]);

  const title = `Child file ${position}`;
  return (
    <section aria-label={title} className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <Button variant="danger" size="sm" onClick={onRemove}>
          Remove this child file
        </Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-[3fr_2fr]">
        <LabelledSelect
          label="Feeds"
          value={field}
          onChange={(event) => onFieldChange(event.target.value)}
          options={familyFields.map((f) => {
            const isTaken = takenFields.includes(f.apiName);
            return {
              value: f.apiName,
              label: isTaken ? `${childFieldLabel(f)}: another child file feeds it` : childFieldLabel(f),
              disabled: isTaken,
            };
          })}
        />
        {isRead ? (
          <LabelledSelect
            label="Column naming the parent"
            value={String(keyColumn)}
            onChange={(event) => setKeyChoice({ runId: scan.runId, column: Number(event.target.value) })}
            options={profiles.map((c) => ({ value: String(c.index), label: c.header }))}
          />
        ) : null}
      </div>
      {isRead && parentField && relation ? (
        <p className="-mt-2 text-xs text-slate-500">
          Its value fills {parentField.label}
          {parentField.label === parentField.apiName ? '' : ` (${parentField.apiName})`} of each{' '}
          {relation.module} row, so it is not mapped on the board below.
        </p>
      ) : null}
      {scan.file ? (
        <ChildFileSummary
          scan={scan}
          file={scan.file}
          dispatch={dispatchScan}
          onCancel={cancel}
          orphans={orphanRecords}
        />
      ) : (
        <div className="space-y-2">
          {scan.error ? <Alert>{scan.error}</Alert> : null}
          <FileDropZone
            onFile={(file) => dispatchScan({ type: 'fileChosen', file })}
            onReject={(message) => dispatchScan({ type: 'fileRejected', message })}
          />
        </div>
      )}
      {isRead ? (
        <ChildOrphansNote
          run={orphans}
          parentFileName={parent.file.name}
          parentKeyHeader={parentKey?.header ?? 'key'}
        />
      ) : null}
      {metadata.isError ? (
        <Alert>
          Could not read the fields of {relation?.module}: {metadata.error.message}
        </Alert>
      ) : null}
      {isBoardReady ? (
        <CheckedBoard
          connectionId={parent.connectionId}
          fileName={scan.file?.name ?? title}
          columns={boardColumns}
          fields={fields}
          layouts={layouts}
          state={mapping}
          problems={problems}
          dispatch={dispatchBoard}
        />
      ) : null}
      {isBoardReady ? (
        <PreflightPanel
          run={preflight.run}
          dataRows={dataRows}
          columns={boardColumns}
          mappedIndexes={mappedColumnIndexes(mapping)}
          exclusion="none"
          onCancel={preflight.cancel}
          fileName={scan.file?.name ?? title}
        />
      ) : null}
    </section>
  );
}
