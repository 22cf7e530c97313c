import type { PreflightReason, PreflightSummary, RowIssue } from './preflight-tally';

/** One key for a reason and the row issues it counts, so the grid can filter by reason. */
export function reasonKey(item: Pick<RowIssue, 'severity' | 'code' | 'apiName' | 'columnIndex'>): string {
  return `${item.severity}|${item.code}|${item.apiName}|${item.columnIndex ?? ''}`;
}

export type ColumnCounts = { columnIndex: number; skip: number; warning: number };

/** Rows to skip and rows with warnings per CSV column, most affected first (a row counts once per reason). */
export function countsByColumn(summary: PreflightSummary): ColumnCounts[] {
  const byColumn = new Map<number, ColumnCounts>();
  for (const reason of summary.reasons) {
    if (reason.columnIndex === undefined || reason.severity === 'zoho_decides') continue;
    const counts = byColumn.get(reason.columnIndex) ?? {
      columnIndex: reason.columnIndex,
      skip: 0,
      warning: 0,
    };
    counts[reason.severity] += reason.count;
    byColumn.set(reason.columnIndex, counts);
  }
  return [...byColumn.values()].sort((a, b) => b.skip - a.skip || b.warning - a.warning);
}

/** "2, 5, 9 and 40 more" from a reason's examples. */
export function describeExamples(reason: Pick<PreflightReason, 'count' | 'examples'>): string {
  const shown = reason.examples.slice(0, 8);
  const more = reason.count - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en-US')} more` : shown.join(', ');
}
