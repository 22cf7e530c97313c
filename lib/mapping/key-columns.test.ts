import { describe, expect, it } from 'vitest';
import { guessChildKeyColumn, guessParentKeyColumn } from './key-columns';
import { profile, profiles } from './leads-fixture';

describe('guessParentKeyColumn', () => {
  it('prefers an id/ref/key header over an e-mail', () => {
    expect(guessParentKeyColumn(profiles('Last Name', 'Email', 'Lead Ref', 'Company'))).toBe(2);
    expect(guessParentKeyColumn(profiles('Last Name', 'externalId'))).toBe(1);
  });

  it('takes an e-mail header or column when there is no key-like header', () => {
    expect(guessParentKeyColumn(profiles('Last Name', 'E-mail', 'Company'))).toBe(1);
    expect(guessParentKeyColumn([profile(0, 'Name'), profile(1, 'Contact', { inferredType: 'email' })])).toBe(
      1,
    );
  });

  it('falls back to the first column', () => {
    expect(guessParentKeyColumn(profiles('Last Name', 'Company', 'Zip Code', 'Phone Number'))).toBe(0);
    expect(guessParentKeyColumn(profiles('Keyboard', 'Identity'))).toBe(0);
  });
});

describe('guessChildKeyColumn', () => {
  const parentKey = profile(2, 'Lead Ref', { samples: ['L-1', 'L-2', 'L-3'] });

  it('finds the same header, ignoring case and punctuation', () => {
    expect(guessChildKeyColumn(profiles('Visit Date', 'lead_ref', 'Notes'), parentKey)).toBe(1);
  });

  it('finds a header containing the parent key header', () => {
    expect(guessChildKeyColumn(profiles('Visit Date', 'Parent Lead Ref'), parentKey)).toBe(1);
  });

  it('matches whole words only: "Paid" is not "ID", "A" is not "Contact ID"', () => {
    expect(guessChildKeyColumn(profiles('Paid', 'Lead ID'), profile(0, 'ID'))).toBe(1);
    expect(guessChildKeyColumn(profiles('A', 'Contact'), profile(0, 'Contact ID'))).toBe(1);
    expect(guessChildKeyColumn(profiles('Valid', 'Notes'), profile(0, 'ID'))).toBe(0);
  });

  it("finds a column whose values are the parent key's values", () => {
    const columns = [
      profile(0, 'Visit Date', { samples: ['2026-01-01'] }),
      profile(1, 'Lead', { samples: ['L-2'] }),
    ];
    expect(guessChildKeyColumn(columns, parentKey)).toBe(1);
  });

  it('falls back to the first column', () => {
    expect(guessChildKeyColumn(profiles('Visit Date', 'Notes'), parentKey)).toBe(0);
    expect(guessChildKeyColumn(profiles('Visit Date'), undefined)).toBe(0);
  });
});
