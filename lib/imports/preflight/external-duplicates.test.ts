import { describe, expect, it } from 'vitest';
import { createExternalDuplicates } from './external-duplicates';

describe('in-file duplicates checked on disk', () => {
  it('marks every later occurrence of a kept value, across many rows, and nothing else', () => {
    const duplicates = createExternalDuplicates();
    for (let recordNumber = 2; recordNumber < 100_002; recordNumber += 1) {
      const value = recordNumber % 1000 === 0 ? 'repeat@example.com' : `person${recordNumber}@example.com`;
      duplicates.records.keep(`row:${recordNumber}`, '', new Map([['Email', value]]));
    }
    duplicates.records.keep('row:100002', '', new Map([['Email', null]]));
    const found = duplicates.resolve();
    expect(found.count).toBe(99);
    expect(found.isDuplicate(1000)).toBe(false);
    expect(found.isDuplicate(2000)).toBe(true);
    expect(found.isDuplicate(2001)).toBe(false);
    expect(found.examples.slice(0, 3)).toEqual([2000, 3000, 4000]);
  });
});
