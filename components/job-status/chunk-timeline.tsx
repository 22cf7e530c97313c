import { formatCount, formatDuration } from '@/components/ui/format';
import type { ChunkStatus, OutcomeCounts } from '@/lib/db/schema/imports';
import { StatusBadge } from './status-badge';
import { timelineSpan } from './timeline-span';

export type TimelineChunk = {
  index: number;
  status: ChunkStatus;
  rowCount: number;
  counts: OutcomeCounts | null;
  startedAt: string | null;
  finishedAt: string | null;
};

const BAR_COLOURS: Partial<Record<ChunkStatus, string>> = {
  completed: 'bg-emerald-500',
  failed: 'bg-red-500',
  needs_attention: 'bg-amber-400',
  cancelled: 'bg-slate-400',
};

/**
 * Each batch (one Zoho job) on a shared time axis: when it started, how long it took, how it ended.
 * `now` comes from the data (server time), so the server and the browser draw the same picture.
 */
export function ChunkTimeline({ chunks, now }: { chunks: TimelineChunk[]; now: string }) {
  const span = timelineSpan(chunks, now);
  return (
    <section aria-label="Batches" className="space-y-3">
      <h2 className="text-sm font-semibold text-slate-900">
        Batches <span className="font-normal text-slate-500">({chunks.length})</span>
      </h2>
      {chunks.length === 0 ? (
        <p className="text-sm text-slate-600">The file has not been split into batches yet.</p>
      ) : (
        <ol
          aria-label="Batch list, scrollable"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
          tabIndex={0}
          className="@container max-h-96 space-y-2 overflow-y-auto pr-1"
        >
          {chunks.map((chunk) => {
            const bar = span.bar(chunk);
            const failed = chunk.counts?.failed ?? 0;
            return (
              <li
                key={chunk.index}
                aria-label={`Batch ${chunk.index + 1}`}
                className="grid grid-cols-[5.5rem_minmax(6rem,1fr)_auto] items-center gap-3 text-sm @md:grid-cols-[5rem_minmax(5rem,1fr)_8.5rem_5.5rem] @2xl:grid-cols-[5.5rem_minmax(8rem,1fr)_9.5rem_9rem]"
              >
                <span className="text-slate-700">
                  Batch {chunk.index + 1}
                  <span className="block text-xs text-slate-500">{formatCount(chunk.rowCount)} rows</span>
                </span>
                <div className="relative h-3 rounded-full bg-slate-100" aria-hidden>
                  {bar ? (
                    <div
                      className={`absolute inset-y-0 min-w-1.5 rounded-full ${BAR_COLOURS[chunk.status] ?? 'animate-pulse bg-indigo-500'}`}
                      style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                    />
                  ) : null}
                </div>
                <span className="justify-self-end @md:justify-self-start">
                  <StatusBadge status={chunk.status} />
                </span>
                <span className="hidden text-xs text-slate-500 @md:block">
                  {chunk.startedAt ? formatDuration(chunk.startedAt, chunk.finishedAt ?? now) : 'waiting'}
                  {failed > 0 ? <span className="text-red-700"> · {formatCount(failed)} failed</span> : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {span.hasStarted ? (
        <p className="text-xs text-slate-500">
          Bars run from when the first batch started to{' '}
          {span.isRunning ? 'now' : 'when the last one finished'} (
          {formatDuration(new Date(span.from).toISOString(), new Date(span.to).toISOString())}).
        </p>
      ) : null}
    </section>
  );
}
