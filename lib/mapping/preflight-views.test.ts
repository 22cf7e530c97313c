import { describe, expect, it } from 'vitest';
import type { PreflightReason } from './preflight-tally';
import { countsByColumn, describeExamples, reasonKey } from './preflight-views';

const reason = (extra: Partial<PreflightReason>): PreflightReason => ({
  severity: 'skip',
  code: 'invalid_value',
  apiName: 'Email',
  message: '',
  count: 1,
  examples: [2],
  ...extra,
});

describe('pre-flight views', () => {
  it('counts skips and warnings per column, most skipped first, ignoring what Zoho decides', () => {
    const reasons = [
      reason({ columnIndex: 1, count: 2 }),
      reason({ columnIndex: 3, count: 5 }),
      reason({ columnIndex: 1, severity: 'warning', count: 4 }),
      reason({ columnIndex: 3, severity: 'zoho_decides', count: 9 }),
      reason({ code: 'mandatory_unmapped', count: 7 }),
    ];
    expect(countsByColumn({ rowsChecked: 9, rowsToSkip: 7, rowsWithWarnings: 4, reasons })).toEqual([
      { columnIndex: 3, skip: 5, warning: 0 },
      { columnIndex: 1, skip: 2, warning: 4 },
    ]);
  });

  it('describes examples with how many more rows there are', () => {
    expect(describeExamples({ count: 2, examples: [2, 7] })).toBe('2, 7');
    expect(describeExamples({ count: 1040, examples: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] })).toBe(
      '2, 3, 4, 5, 6, 7, 8, 9 and 1,032 more',
    );
  });

  it('keys a reason and its row issues alike', () => {
    expect(reasonKey(reason({ columnIndex: 2 }))).toBe(
      reasonKey({ severity: 'skip', code: 'invalid_value', apiName: 'Email', columnIndex: 2 }),
    );
  });
});
