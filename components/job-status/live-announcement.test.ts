import { describe, expect, it } from 'vitest';
import { describeImportProgress, nextAnnouncement } from './live-announcement';

const ZERO = { added: 0, updated: 0, skipped: 0, failed: 0, unprocessed: 0, excluded: 0 };

/** Feeds one refresh every 2 s, as the import page polls, and collects what the live region says. */
function spoken(refreshes: { state: string; text: string }[], intervalMs = 15_000): string[] {
  let last = null as ReturnType<typeof nextAnnouncement>;
  const said: string[] = [];
  refreshes.forEach((refresh, index) => {
    const next = nextAnnouncement(last, refresh, index * 2_000, intervalMs);
    if (next) {
      last = next;
      if (next.text) said.push(next.text);
    }
  });
  return said;
}

describe('live announcements of a running job', () => {
  it('stays quiet about the state the page opened in', () => {
    expect(spoken([{ state: 'running', text: '1 of 10 rows done.' }])).toEqual([]);
  });

  it('speaks progress within a state at most once per interval, not on every refresh', () => {
    const refreshes = Array.from({ length: 30 }, (_, i) => ({ state: 'running', text: `${i} rows done.` }));
    // 60 s of refreshes every 2 s: at most one sentence per 15 s.
    const said = spoken(refreshes);
    expect(said.length).toBeLessThanOrEqual(4);
    expect(said.length).toBeGreaterThan(0);
  });

  it('speaks a new state at once, and only once however often the page refreshes', () => {
    const said = spoken([
      { state: 'running', text: '5 of 10 rows done.' },
      { state: 'completed', text: 'Completed.' },
      { state: 'completed', text: 'Completed.' },
      { state: 'completed', text: 'Completed.' },
    ]);
    expect(said).toEqual(['Completed.']);
  });

  it('says what happened to the rows when the import finishes', () => {
    expect(
      describeImportProgress({
        status: 'completed',
        rowsDone: 20,
        rowsInFile: 20,
        counts: { ...ZERO, added: 18, skipped: 2 },
      }),
    ).toBe('Import status: Completed. 18 added, 0 updated, 2 not in the CRM.');
    expect(
      describeImportProgress({ status: 'running', rowsDone: 12_000, rowsInFile: 30_000, counts: ZERO }),
    ).toBe('Import status: In progress. 12,000 of 30,000 rows done.');
  });
});
