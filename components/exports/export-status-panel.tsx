'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatBytes, formatCount, formatWhen } from '@/components/ui/format';
import { DownloadIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Progress } from '@/components/ui/progress';
import type { ExportView } from '@/lib/exports/views/export-view';
import { apiFetch } from '@/lib/http/api-fetch';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import { buildReadRequest } from '@/lib/zoho/wire/build-read-request';
import { ExportPagesTable } from './export-pages-table';
import { exportProgress } from './export-progress';
import { ExportStatusBadge } from './export-status-badge';
import { exportKeys, exportQuery } from './queries';
import { RequestPreview } from './request-preview';

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/**
 * One export: status, pages and records so far, the merged file and each page's zip, "Export again".
 * `shareSlot`: optional extra header actions.
 */
export function ExportStatusPanel({ initial, shareSlot }: { initial: ExportView; shareSlot?: ReactNode }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: view = initial } = useQuery(exportQuery(initial.id, initial));
  const again = useMutation({
    mutationFn: () => apiFetch<{ id: string }>(`/api/exports/${view.id}/again`, { method: 'POST' }),
    onSuccess: ({ id }) => router.push(`/exports/${id}`),
  });
  const cancel = useMutation({
    mutationFn: () => apiFetch(`/api/exports/${view.id}/cancel`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: exportKeys.one(view.id) }),
  });
  const isDone = view.status === 'completed';
  const isRunning = !isFinishedStatus(view.status);
  const kind = view.fileType === 'ics' ? 'calendar' : 'CSV';
  return (
    <>
      <PageHeader
        title={view.name}
        description={`${view.module} · ${view.fileType.toUpperCase()} · ${view.connectionName ?? 'removed connection'} · started by ${view.createdBy ?? 'a removed admin'} on ${formatWhen(view.createdAt)}`}
        actions={
          <>
            {shareSlot}
            {isRunning ? (
              <Button variant="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
                Cancel
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => again.mutate()} disabled={again.isPending}>
              {again.isPending ? 'Starting…' : 'Export again'}
            </Button>
            {isDone ? (
              <a className={buttonClasses('primary')} href={`/api/exports/${view.id}/file`} download>
                <DownloadIcon /> Download {kind}
              </a>
            ) : null}
          </>
        }
      />
      {again.error || cancel.error ? <Alert>{(again.error ?? cancel.error)?.message}</Alert> : null}
      <div className="space-y-6">
        <Card className="p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex items-center gap-3">
              <ExportStatusBadge status={view.status} />
              <p role="status" className="text-sm text-slate-700">
                {view.statusMessage ??
                  (isDone
                    ? `One ${kind} file with ${formatCount(view.recordCount)} records is ready.`
                    : view.status === 'queued'
                      ? 'Waiting for the job runner…'
                      : '')}
              </p>
            </div>
            {isDone && view.fileName ? (
              <p className="font-mono text-xs text-slate-500">
                {view.fileName} · {formatBytes(view.fileBytes)}
              </p>
            ) : null}
          </div>
          <div className="mt-4">
            <Progress label="Export progress" value={exportProgress(view)} />
          </div>
          <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Stat label={isDone ? 'Records' : 'Records so far'} value={formatCount(view.recordCount)} />
            <Stat label="Pages done" value={formatCount(view.pagesDone)} />
            <Stat label="Duplicates dropped" value={formatCount(view.duplicatesDropped)} />
            <Stat label="Finished" value={<span className="text-base">{formatWhen(view.finishedAt)}</span>} />
          </dl>
        </Card>
        <Card>
          <h2 className="border-b border-slate-200 px-5 py-3 text-sm font-semibold text-slate-900">
            Zoho bulk read jobs (pages of up to {view.fileType === 'ics' ? '20,000' : '200,000'} records)
          </h2>
          <ExportPagesTable view={view} />
        </Card>
        <Card className="p-5">
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">
              Request sent to Zoho
            </summary>
            <div className="mt-3">
              <RequestPreview apiVersion={view.apiVersion} request={buildReadRequest(view.definition)} />
            </div>
          </details>
        </Card>
      </div>
    </>
  );
}
