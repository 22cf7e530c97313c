import { describe, expect, it } from 'vitest';
import type { RetryRow } from '@/lib/retries/retry-schemas';
import {
  cellValue,
  editCell,
  remapColumn,
  setFieldDefault,
  startDraft,
  toggleRow,
  toRetryBody,
} from './retry-draft';

const row = (recordNumber: number, values: string[]): RetryRow => ({
  recordNumber,
  outcome: 'skipped',
  errorCode: 'MANDATORY_NOT_FOUND',
  errorField: 'Last_Name',
  errorColumnIndex: 0,
  message: null,
  values,
});
const rows = [row(5, ['', 'Navy', 'a@example.com']), row(8, ['', 'Navy', 'b@example.com'])];

describe('retry draft', () => {
  it('starts with every row chosen and nothing changed', () => {
    expect(toRetryBody(startDraft(rows), rows)).toEqual({
      records: [5, 8],
      edits: {},
      fieldDefaults: {},
      remap: {},
    });
  });

  it('sends only the cells that changed, for the rows still chosen', () => {
    let draft = editCell(startDraft(rows), 5, 0, 'Hopper');
    draft = editCell(draft, 5, 1, 'Navy');
    draft = editCell(draft, 8, 0, 'Lovelace');
    draft = toggleRow(draft, 8);
    expect(cellValue(draft, rows[0] as RetryRow, 0)).toBe('Hopper');
    expect(toRetryBody(draft, rows)).toEqual({
      records: [5],
      edits: { '5': { '0': 'Hopper' } },
      fieldDefaults: {},
      remap: {},
    });
    expect(toRetryBody(toggleRow(draft, 8), rows).edits).toEqual({
      '5': { '0': 'Hopper' },
      '8': { '0': 'Lovelace' },
    });
  });

  it('sends only the columns pointed at another field', () => {
    const draft = remapColumn(remapColumn(startDraft(rows), 1, 'Description'), 2, 'Email');
    expect(toRetryBody(draft, rows, { '1': 'Company', '2': 'Email' }).remap).toEqual({ '1': 'Description' });
  });

  it('keeps field defaults that have a value', () => {
    const draft = setFieldDefault(setFieldDefault(startDraft(rows), 'Company', 'Acme'), 'Lead_Source', ' ');
    expect(toRetryBody(draft, rows).fieldDefaults).toEqual({ Company: 'Acme' });
  });
});
