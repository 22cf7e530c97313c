type Timed = { startedAt: string | null; finishedAt: string | null };

/** The shared time axis of a timeline: from the first start to the last finish (or now, while running). */
export function timelineSpan(items: Timed[], now: string) {
  const nowMs = Date.parse(now);
  const starts = items.flatMap((item) => (item.startedAt ? [Date.parse(item.startedAt)] : []));
  const ends = items.flatMap((item) =>
    item.startedAt ? [item.finishedAt ? Date.parse(item.finishedAt) : nowMs] : [],
  );
  const from = starts.length > 0 ? Math.min(...starts) : nowMs;
  const to = Math.max(from + 1000, ...ends);
  return {
    from,
    to,
    hasStarted: starts.length > 0,
    isRunning: items.some((item) => item.startedAt && !item.finishedAt),
    /** Position and width in percent of the axis, or null for an item that has not started. */
    bar(item: Timed): { left: number; width: number } | null {
      if (!item.startedAt) return null;
      const start = Date.parse(item.startedAt);
      const end = item.finishedAt ? Date.parse(item.finishedAt) : nowMs;
      const left = ((start - from) / (to - from)) * 100;
      return { left, width: Math.max(0, Math.min(100 - left, ((end - start) / (to - from)) * 100)) };
    },
  };
}
