import { describe, expect, it } from 'vitest';
import { defaultOptions } from './default-options';
import { LEADS_FIELDS, profile } from './leads-fixture';
import { mappingReducer } from './mapping-reducer';
import { emptyMapping } from './mapping-state';
import { orderFields } from './order-fields';

const field = (apiName: string) => {
  const found = LEADS_FIELDS.find((f) => f.apiName === apiName);
  if (!found) throw new Error(apiName);
  return found;
};

describe('defaultOptions', () => {
  it('preselects the first detected date format Zoho accepts', () => {
    const column = profile(0, 'When', { inferredType: 'date', dateFormats: ['d/M/yyyy', 'dd/MM/yyyy'] });
    expect(defaultOptions(column, field('Preferred_Contact_Date'))).toEqual({ format: 'dd/MM/yyyy' });
    expect(defaultOptions(profile(0, 'When'), field('Preferred_Contact_Date'))).toEqual({});
  });

  it('finds owners by email for a column of emails, by id for numbers', () => {
    expect(defaultOptions(profile(0, 'Owner', { inferredType: 'email' }), field('Owner'))).toEqual({
      findBy: 'email',
    });
    expect(defaultOptions(profile(0, 'Owner', { inferredType: 'integer' }), field('Owner'))).toEqual({
      findBy: 'id',
    });
    expect(defaultOptions(profile(0, 'City'), field('City'))).toEqual({});
  });
});

describe('orderFields', () => {
  it('pins unmapped mandatory fields on top, whatever the search', () => {
    const ordered = orderFields(LEADS_FIELDS, {
      mandatory: new Set(['Last_Name']),
      mapped: new Set(),
      search: 'mob',
    });
    expect(ordered.map((f) => f.apiName)).toEqual(['Last_Name', 'Mobile']);
    const mapped = orderFields(LEADS_FIELDS, {
      mandatory: new Set(['Last_Name']),
      mapped: new Set(['Last_Name']),
      search: 'mob',
    });
    expect(mapped.map((f) => f.apiName)).toEqual(['Mobile']);
  });
});

describe('mappingReducer', () => {
  it('applies each action as its transition', () => {
    let state = mappingReducer(emptyMapping([0, 1]), {
      type: 'map',
      index: 0,
      apiName: 'Owner',
      options: { findBy: 'id' },
    });
    state = mappingReducer(state, { type: 'options', index: 0, options: { findBy: 'email' } });
    state = mappingReducer(state, { type: 'ignore', index: 1 });
    expect(state.columns).toEqual({
      0: { kind: 'matched', apiName: 'Owner', findBy: 'email', suggestion: undefined },
      1: { kind: 'ignored' },
    });
    expect(mappingReducer(state, { type: 'undoAll' }).columns[0]).toEqual({
      kind: 'unmapped',
      suggestion: undefined,
    });
  });
});
