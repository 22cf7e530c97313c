/** `skip`: Zoho would skip the row; `warning`: imported, but not quite as written; `zoho_decides`: depends on the CRM's data. */
export type PreflightSeverity = 'skip' | 'warning' | 'zoho_decides';

export type PreflightReason = {
  severity: PreflightSeverity;
  code: string;
  apiName: string;
  columnIndex?: number;
  message: string;
  count: number;
  /** The first record numbers with this reason (at most MAX_EXAMPLES). */
  examples: number[];
};

export type PreflightSummary = {
  rowsChecked: number;
  rowsToSkip: number;
  rowsWithWarnings: number;
  reasons: PreflightReason[];
};

/** One row's finding; `detail` names the value, for the row grid (the summary keeps only the reason's message). */
export type RowIssue = {
  severity: PreflightSeverity;
  code: string;
  apiName: string;
  columnIndex?: number;
  detail: string;
};

export const MAX_EXAMPLES = 20;
const SEVERITY_ORDER: Record<PreflightSeverity, number> = { skip: 0, warning: 1, zoho_decides: 2 };

/** Counts rows by reason (bounded: one entry per code and field, whatever the file's size). */
export function createTally(messageOf: (issue: RowIssue) => string) {
  const reasons = new Map<string, PreflightReason>();
  let rowsChecked = 0;
  let rowsToSkip = 0;
  let rowsWithWarnings = 0;

  function count(recordNumber: number, issue: RowIssue): void {
    const key = `${issue.severity}|${issue.code}|${issue.apiName}|${issue.columnIndex ?? ''}`;
    let reason = reasons.get(key);
    if (!reason) {
      const { detail: _detail, ...at } = issue;
      reason = { ...at, message: messageOf(issue), count: 0, examples: [] };
      reasons.set(key, reason);
    }
    if (reason.examples.at(-1) === recordNumber) return;
    reason.count += 1;
    if (reason.examples.length < MAX_EXAMPLES) reason.examples.push(recordNumber);
  }

  return {
    add(recordNumber: number, issues: readonly RowIssue[]): void {
      rowsChecked += 1;
      for (const issue of issues) count(recordNumber, issue);
      if (issues.some((i) => i.severity === 'skip')) rowsToSkip += 1;
      else if (issues.some((i) => i.severity === 'warning')) rowsWithWarnings += 1;
    },
    summary(): PreflightSummary {
      const sorted = [...reasons.values()].sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count,
      );
      return {
        rowsChecked,
        rowsToSkip,
        rowsWithWarnings,
        reasons: sorted.map((r) => ({ ...r, examples: [...r.examples] })),
      };
    },
  };
}
