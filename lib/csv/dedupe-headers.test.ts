import { describe, expect, it } from 'vitest';
import { dedupeHeaders, numberedHeaders } from './dedupe-headers';

describe('dedupeHeaders', () => {
  it('names every copy of a repeated header by its column, and blanks by position', () => {
    const { headers, renames } = dedupeHeaders(['Name', 'Email', ' ', 'email', 'Phone', '']);
    expect(headers).toEqual([
      'Name',
      'Email (column 2)',
      'Column 3',
      'email (column 4)',
      'Phone',
      'Column 6',
    ]);
    expect(renames.map((rename) => rename.reason)).toEqual(['duplicate', 'empty', 'duplicate', 'empty']);
  });

  it('never produces two equal names, even when a header already reads like a generated one', () => {
    const { headers } = dedupeHeaders(['Column 2', '']);
    expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(2);
  });

  it('leaves clean headers alone', () => {
    expect(dedupeHeaders(['First Name', 'Last Name'])).toEqual({
      headers: ['First Name', 'Last Name'],
      renames: [],
    });
    expect(numberedHeaders(3)).toEqual(['Column 1', 'Column 2', 'Column 3']);
  });
});
