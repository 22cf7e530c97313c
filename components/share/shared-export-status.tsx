import { ChunkTimeline } from '@/components/job-status/chunk-timeline';
import { LiveAnnouncer } from '@/components/job-status/live-announcer';
import { StatusBadge } from '@/components/job-status/status-badge';
import { STATUS_LABELS } from '@/components/job-status/status-labels';
import { Card } from '@/components/ui/card';
import { formatCount } from '@/components/ui/format';
import type { ChunkStatus } from '@/lib/db/schema/imports';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import type { PublicExportView } from '@/lib/share-links/public-job-view';
import { formatUpdated } from './format-updated';

/** The public status of one export: how many records so far, and each Zoho page on a timeline. */
export function SharedExportStatus({ view }: { view: PublicExportView }) {
  const isLive = !isFinishedStatus(view.status);
  const pages = view.pages.map((page) => ({
    index: page.page - 1,
    status: page.status as ChunkStatus,
    rowCount: page.recordCount ?? 0,
    counts: null,
    startedAt: page.startedAt,
    finishedAt: page.finishedAt,
  }));
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          Export from <span className="font-medium text-slate-700">{view.module}</span> ·{' '}
          {view.fileType.toUpperCase()} file
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{view.displayName}</h1>
          <StatusBadge status={view.status} />
        </div>
        <p className="text-lg text-slate-800">
          {formatCount(view.recordCount)} records exported{isLive ? ' so far' : ''}.
        </p>
        <LiveAnnouncer
          state={view.status}
          text={`Export status: ${STATUS_LABELS[view.status].label}. ${formatCount(view.recordCount)} records exported.`}
        />
        <p className="text-xs text-slate-500">{formatUpdated(view, isLive)}</p>
      </header>
      <Card className="p-5">
        <ChunkTimeline chunks={pages} now={view.generatedAt} />
      </Card>
    </div>
  );
}
