import { describe, expect, it } from 'vitest';
import { estimateCredits } from './estimate-credits';

describe('estimating the jobs and credits of an import', () => {
  it('counts one job per 25,000 rows, and for a family at least one per 200 subform rows', () => {
    expect(estimateCredits(60_000)).toEqual({ jobs: 3, credits: 1_500 });
    expect(estimateCredits(0)).toEqual({ jobs: 1, credits: 500 });
    // 1,000 leads with 2,000 visits: the visits set the pace.
    expect(
      estimateCredits(1_000, [
        { rows: 2_000, kind: 'subform' },
        { rows: 3_000, kind: 'multiselectlookup' },
      ]),
    ).toEqual({ jobs: 10, credits: 5_000 });
  });
});
