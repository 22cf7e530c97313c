'use client';
import { Button } from '@/components/ui/button';
import { formatBytes, formatCount, formatElapsed } from '@/components/ui/format';
import { Progress } from '@/components/ui/progress';
import type { ScanProgress as Progressing } from '@/lib/csv/scan-csv-stream';
import type { ScanStatus } from './import-wizard-reducer';

type Props = { status: ScanStatus; progress: Progressing | null; totalBytes: number; onCancel: () => void };

const TITLES: Record<ScanStatus, string> = {
  idle: 'Waiting',
  reading: 'Reading the first rows…',
  scanning: 'Scanning the whole file…',
  cancelling: 'Cancelling…',
  done: 'Scan complete',
  cancelled: 'Scan cancelled',
  failed: 'Scan failed',
};

export function ScanProgress({ status, progress, totalBytes, onCancel }: Props) {
  const bytes = status === 'done' ? totalBytes : (progress?.bytesRead ?? 0);
  const rows = progress?.rows ?? 0;
  const seconds = (progress?.elapsedMs ?? 0) / 1000;
  // Rates over a few milliseconds say nothing; small files just show their totals.
  const rowsPerSecond = seconds >= 0.5 ? rows / seconds : 0;
  const bytesPerSecond = seconds > 0 ? bytes / seconds : 0;
  const leftMs = bytesPerSecond > 0 ? ((totalBytes - bytes) / bytesPerSecond) * 1000 : null;
  const isRunning = status === 'reading' || status === 'scanning' || status === 'cancelling';

  return (
    <section aria-label="Scan progress" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2
            className={`text-sm font-semibold ${status === 'done' ? 'text-emerald-700' : 'text-slate-900'}`}
          >
            {status === 'done' ? '✓ ' : ''}
            {TITLES[status]}
          </h2>
          <p className="mt-0.5 text-xs tabular-nums text-slate-600">
            {formatBytes(bytes)} of {formatBytes(totalBytes)} · {formatCount(rows)} rows
            {rowsPerSecond > 0 ? ` · ${formatCount(Math.round(rowsPerSecond))} rows/s` : ''}
            {isRunning && leftMs !== null ? ` · about ${formatElapsed(leftMs)} left` : ''}
            {status === 'done' && progress ? ` · took ${formatElapsed(progress.elapsedMs)}` : ''}
          </p>
        </div>
        {isRunning ? (
          <Button variant="secondary" size="sm" onClick={onCancel} disabled={status === 'cancelling'}>
            Cancel scan
          </Button>
        ) : null}
      </div>
      <div className="mt-3">
        <Progress label="Scan progress" value={bytes} max={Math.max(totalBytes, 1)} />
      </div>
      {status === 'cancelled' ? (
        <p className="mt-2 text-xs text-amber-700">
          Profiles and problems below cover only the {formatCount(rows)} rows read before you cancelled.
        </p>
      ) : null}
    </section>
  );
}
