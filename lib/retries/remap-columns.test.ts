import { describe, expect, it } from 'vitest';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { remapColumns } from './remap-columns';

const mapping: MappingState = {
  columns: {
    0: { kind: 'matched', apiName: 'Last_Name' },
    1: { kind: 'matched', apiName: 'Lead_Status', valueMap: { open: 'Open' } },
    2: { kind: 'matched', apiName: 'Email' },
  },
  fieldDefaults: { Owner: '1' },
};

describe('re-mapping columns for a retry', () => {
  it('points a column at another field without its old options, or leaves it out', () => {
    const next = remapColumns(mapping, { '1': 'Description', '2': 'ignored', '0': 'Last_Name' });
    expect(next.columns).toEqual({
      0: { kind: 'matched', apiName: 'Last_Name' },
      1: { kind: 'matched', apiName: 'Description' },
      2: { kind: 'ignored' },
    });
    expect(next.fieldDefaults).toEqual({ Owner: '1' });
    expect(mapping.columns[2]).toEqual({ kind: 'matched', apiName: 'Email' });
  });

  it('keeps a column as it was when the choice did not change', () => {
    expect(remapColumns(mapping, { '1': 'Lead_Status' }).columns[1]).toEqual(mapping.columns[1]);
  });
});
