import { describe, expect, it } from 'vitest';
import { initialMapping } from './initial-mapping';
import { LEADS_FIELDS, profile } from './leads-fixture';

describe('initialMapping', () => {
  it('applies auto-matches with their reasons and default options, leaving the rest unmapped', () => {
    const columns = [
      profile(0, 'Surname'),
      profile(1, 'Lead Owner', { inferredType: 'email' }),
      profile(2, 'Preferred contact date', { inferredType: 'date', dateFormats: ['dd/MM/yyyy'] }),
      profile(3, 'Favourite colour'),
    ];
    const state = initialMapping(columns, LEADS_FIELDS);
    expect(state.columns[0]).toMatchObject({
      kind: 'matched',
      apiName: 'Last_Name',
      suggestion: { confidence: 0.9 },
    });
    expect(state.columns[1]).toMatchObject({ kind: 'matched', apiName: 'Owner', findBy: 'email' });
    expect(state.columns[2]).toMatchObject({
      kind: 'matched',
      apiName: 'Preferred_Contact_Date',
      format: 'dd/MM/yyyy',
    });
    expect(state.columns[3]).toEqual({ kind: 'unmapped' });
  });
});
