import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent } from '@/components/ui/format';
import { timelineSpan } from './timeline-span';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute)).toISOString();

describe('batch timeline', () => {
  it('places each batch on one axis from the first start to now, and leaves unstarted ones off', () => {
    const span = timelineSpan(
      [
        { startedAt: at(0), finishedAt: at(5) },
        { startedAt: at(5), finishedAt: null },
        { startedAt: null, finishedAt: null },
      ],
      at(10),
    );
    expect(span.bar({ startedAt: at(0), finishedAt: at(5) })).toEqual({ left: 0, width: 50 });
    expect(span.bar({ startedAt: at(5), finishedAt: null })).toEqual({ left: 50, width: 50 });
    expect(span.bar({ startedAt: null, finishedAt: null })).toBeNull();
    expect(span.isRunning).toBe(true);
    expect(formatDuration(new Date(span.from).toISOString(), new Date(span.to).toISOString())).toBe(
      '10 min 0 s',
    );
  });

  it('never rounds a few rows to 0% or an unfinished job to 100%', () => {
    expect(formatPercent(1, 5000)).toBe('<1%');
    expect(formatPercent(4999, 5000)).toBe('99%');
    expect(formatPercent(5000, 5000)).toBe('100%');
    expect(formatPercent(0, 0)).toBe('0%');
  });
});
