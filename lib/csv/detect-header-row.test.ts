import { describe, expect, it } from 'vitest';
import { detectHeaderRow } from './detect-header-row';

const COMMA = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;

describe('detectHeaderRow', () => {
  it('finds the header under a title, a date and a blank line', () => {
    const text =
      'Contacts export,,\nExported 2024-05-01,,\n,,\nName,Email,City\nAda,ada@example.com,London\nAlan,alan@example.com,Wilmslow\nGrace,,Arlington\n';
    expect(detectHeaderRow(text, COMMA)).toEqual({
      row: 4,
      header: ['Name', 'Email', 'City'],
      above: ['Contacts export', 'Exported 2024-05-01'],
    });
  });

  it('a title on a line of its own (one field) counts too', () => {
    const text = 'Q3 leads\n\nName,Email\nAda,a@x\nAlan,b@x\n';
    expect(detectHeaderRow(text, COMMA)?.row).toBe(3);
  });

  it('says nothing when the header is the first record, or with sparse data rows', () => {
    expect(detectHeaderRow('Name,Email,City\nAda,,\nAlan,a@x,\n', COMMA)).toBeNull();
    expect(detectHeaderRow('Name,Email,City\nAda,a@x,London\n', COMMA)).toBeNull();
    expect(detectHeaderRow('just one column\nvalue\n', COMMA)).toBeNull();
  });
});
