import { ChunkTimeline } from '@/components/job-status/chunk-timeline';
import { ErrorGroups } from '@/components/job-status/error-groups';
import { FileCard } from '@/components/job-status/file-card';
import { FileCards } from '@/components/job-status/file-cards';
import { FileErrorGroups } from '@/components/job-status/file-error-groups';
import { describeImportProgress } from '@/components/job-status/live-announcement';
import { LiveAnnouncer } from '@/components/job-status/live-announcer';
import { OutcomeChart } from '@/components/job-status/outcome-chart';
import { ProgressSummary } from '@/components/job-status/progress-summary';
import { StatusBadge } from '@/components/job-status/status-badge';
import { displayStatus } from '@/components/job-status/status-labels';
import { Card } from '@/components/ui/card';
import { isFinishedStatus } from '@/lib/job-status/finished-statuses';
import type { PublicImportView } from '@/lib/share-links/public-job-view';
import { formatUpdated } from './format-updated';
import { childFilesHeadline, OPERATION_WORDS, retryHeadline, statusHeadline } from './status-headline';

/** The public status of one import: headline, progress, outcomes, errors and batches. */
export function SharedImportStatus({ view }: { view: PublicImportView }) {
  const isLive = !isFinishedStatus(view.status);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-500">
          Import into <span className="font-medium text-slate-700">{view.module}</span> ·{' '}
          {OPERATION_WORDS[view.operation]}
          {view.isTestRun ? ' · test run' : ''}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{view.displayName}</h1>
          <StatusBadge status={displayStatus(view.status, view.reconciled)} />
        </div>
        <p className="text-lg text-slate-800">{statusHeadline(view)}</p>
        <LiveAnnouncer
          state={displayStatus(view.status, view.reconciled)}
          text={describeImportProgress({ ...view, status: displayStatus(view.status, view.reconciled) })}
        />
        {view.files.length > 0 ? (
          <p className="text-base text-slate-700">{childFilesHeadline(view.files)}</p>
        ) : null}
        {view.cumulative ? (
          <p className="text-base font-medium text-emerald-800">{retryHeadline(view.cumulative)}</p>
        ) : null}
      </header>
      <Card className="space-y-6 p-5">
        <ProgressSummary
          rowsDone={view.rowsDone}
          rowsInFile={view.rowsInFile}
          caption={formatUpdated(view, isLive)}
        />
        <OutcomeChart
          counts={view.counts}
          total={view.rowsInFile}
          title={view.files.length > 0 ? `Where the ${view.module} rows (parent file) went` : undefined}
        />
      </Card>
      {view.files.length > 0 ? (
        <FileCards count={view.files.length}>
          {view.files.map((file) => (
            <FileCard key={`${file.role}-${file.label}`} file={file} />
          ))}
        </FileCards>
      ) : null}
      <div className="space-y-5">
        <Card className="p-5">
          {view.files.length > 0 ? (
            <FileErrorGroups files={view.files} />
          ) : (
            <ErrorGroups errors={view.errors} />
          )}
        </Card>
        <Card className="p-5">
          <ChunkTimeline chunks={view.chunks} now={view.generatedAt} />
        </Card>
      </div>
    </div>
  );
}
