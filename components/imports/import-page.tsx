'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { connectionsQuery } from '@/components/connect/queries';
import { ChunkTimeline } from '@/components/job-status/chunk-timeline';
import { ErrorGroups } from '@/components/job-status/error-groups';
import { FileErrorGroups } from '@/components/job-status/file-error-groups';
import { describeImportProgress } from '@/components/job-status/live-announcement';
import { LiveAnnouncer } from '@/components/job-status/live-announcer';
import { notInCrm } from '@/components/job-status/not-in-crm';
import { OutcomeChart } from '@/components/job-status/outcome-chart';
import { ProgressSummary } from '@/components/job-status/progress-summary';
import { StatusBadge } from '@/components/job-status/status-badge';
import { displayStatus } from '@/components/job-status/status-labels';
import { RetrySummaryLine } from '@/components/retries/retry-summary-line';
import { SandboxDownAlert } from '@/components/sandbox/sandbox-down-alert';
import { useSandboxDown } from '@/components/sandbox/use-sandbox-down';
import { ShareLinksPanel } from '@/components/share/share-links-panel';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ChunksNeedingAttention } from './chunks-needing-attention';
import { FamilyFiles } from './family-files';
import { ImportControls } from './import-controls';
import { ImportFacts } from './import-facts';
import { importQuery } from './queries';
import { ReadBackResults } from './read-back-results';
import { RowsNotInCrmCard } from './rows-not-in-crm-card';
import { useFieldLabels } from './use-field-labels';

const OPERATION_WORDS = {
  insert: 'Insert new records',
  update: 'Update existing records',
  upsert: 'Insert or update',
};

/** One import, live: status, progress, outcomes, decisions, errors, rows not in the CRM, downloads, sharing. */
export function ImportPage({ id }: { id: string }) {
  const query = useQuery(importQuery(id));
  const modules = query.data
    ? query.data.files.length > 0
      ? query.data.files.map((file) => file.module)
      : [query.data.module]
    : [];
  const labelOf = useFieldLabels(query.data?.connectionId ?? null, modules);
  const connections = useQuery(connectionsQuery());
  const isSandbox =
    connections.data?.some(
      (connection) => connection.id === query.data?.connectionId && connection.isSandbox,
    ) ?? false;
  const isRunning = query.data ? !query.data.finishedAt : false;
  const isSandboxDown = useSandboxDown(isSandbox && isRunning);
  if (query.isError) return <Alert>{query.error.message}</Alert>;
  const view = query.data;
  if (!view) return <p className="text-sm text-slate-600">Loading the import…</p>;
  const notIn = notInCrm(view.counts);
  const isUnreconciled = view.reconciled === false;
  const parent = view.familyParent;
  const isFamily = view.files.length > 0;
  const status = displayStatus(view.status, view.reconciled);
  return (
    <div className="space-y-6">
      <LiveAnnouncer state={status} text={describeImportProgress({ ...view, status })} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          {parent ? (
            <Link href={`/imports/${parent.id}`} className="text-sm text-indigo-700 hover:underline">
              ← Part of {parent.name}
            </Link>
          ) : (
            <Link href="/imports" className="text-sm text-indigo-700 hover:underline">
              ← Imports
            </Link>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{view.name}</h1>
            <StatusBadge status={status} />
          </div>
          <p className="text-sm text-slate-600">
            {OPERATION_WORDS[view.operation]} in <span className="font-medium">{view.module}</span>
            {view.isTestRun ? ' · test run' : ''}
            {isFamily
              ? ` · with ${view.files.length - 1} child ${view.files.length === 2 ? 'file' : 'files'}`
              : ''}
          </p>
          {parent ? (
            <p className="text-sm text-slate-600">
              A child file: it runs with its parent file, so pausing, cancelling and sharing happen on{' '}
              <Link href={`/imports/${parent.id}`} className="text-indigo-700 underline">
                {parent.name}
              </Link>
              .
            </p>
          ) : null}
        </div>
        {parent ? null : <ImportControls view={view} />}
      </div>
      {isSandboxDown ? <SandboxDownAlert isImport /> : null}
      {view.statusMessage ? (
        <Alert tone={isUnreconciled || view.status === 'failed' ? 'danger' : 'info'}>
          {view.statusMessage}
        </Alert>
      ) : null}
      {parent ? null : <ChunksNeedingAttention view={view} />}
      {parent ? null : <ReadBackResults view={view} />}
      {parent || isFamily ? null : <RetrySummaryLine importId={id} />}
      <Card className="space-y-6 p-5">
        <ProgressSummary rowsDone={view.rowsDone} rowsInFile={view.rowsInFile} />
        <OutcomeChart
          counts={view.counts}
          total={view.rowsInFile}
          title={isFamily ? `Where the ${view.module} rows (parent file) went` : undefined}
        />
        {isFamily ? null : (
          <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
            <a
              href={`/api/imports/${id}/results?rows=all`}
              className={buttonClasses('secondary', 'sm')}
              download
            >
              Download full results (CSV)
            </a>
            <a
              href={`/api/imports/${id}/results?rows=not-in-crm`}
              className={buttonClasses(notIn > 0 ? 'primary' : 'secondary', 'sm')}
              download
            >
              Download rows not in the CRM ({notIn.toLocaleString()})
            </a>
          </div>
        )}
      </Card>
      <FamilyFiles files={view.files} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-5">
          {isFamily ? (
            <FileErrorGroups
              files={view.files.map((file) => ({
                label: file.label,
                errors: file.errors.map((group) => toErrorItem(group, labelOf(file.module, group.column))),
              }))}
            />
          ) : (
            <ErrorGroups
              errors={view.errors.map((group) => toErrorItem(group, labelOf(view.module, group.column)))}
            />
          )}
        </Card>
        <Card className="p-5">
          <ChunkTimeline chunks={view.chunks} now={view.finishedAt ?? new Date().toISOString()} />
        </Card>
      </div>
      <RowsNotInCrmCard view={view} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ImportFacts view={view} />
        {parent ? null : <ShareLinksPanel jobKind="import" jobId={id} />}
      </div>
    </div>
  );
}

/** The admin sees Zoho's own wording beside our explanation. */
function toErrorItem(group: { code: string; count: number; message: string }, column: string | null) {
  return { code: group.code, column, count: group.count, detail: group.message };
}
