import { describe, expect, it } from 'vitest';
import { emptyMapping } from '@/lib/mapping/mapping-state';
import { ignoreColumn, mapColumn, setFieldDefault } from '@/lib/mapping/transitions';
import { toFieldMappings } from './to-field-mappings';

describe('toFieldMappings', () => {
  it('sends mapped columns in file order with their 0-based index and skips the rest', () => {
    let state = emptyMapping([0, 1, 2, 3]);
    state = mapColumn(state, 2, 'Owner');
    state = mapColumn(state, 0, 'Last_Name');
    state = ignoreColumn(state, 1);
    expect(toFieldMappings(state)).toEqual([
      { api_name: 'Last_Name', index: 0 },
      { api_name: 'Owner', index: 2 },
    ]);
  });

  it('writes find_by, format and default_value exactly as the docs show', () => {
    let state = emptyMapping([0, 1, 2]);
    state = mapColumn(state, 0, 'Account_Name', { findBy: 'Account_Name' });
    state = mapColumn(state, 1, 'Date_3', { format: 'yyyy/MM/dd' });
    state = mapColumn(state, 2, 'Lead_Source', { defaultValue: 'Trade Show' });
    expect(toFieldMappings(state)).toEqual([
      { api_name: 'Account_Name', index: 0, find_by: 'Account_Name' },
      { api_name: 'Date_3', index: 1, format: 'yyyy/MM/dd' },
      { api_name: 'Lead_Source', index: 2, default_value: { value: 'Trade Show' } },
    ]);
  });

  it('sends fields without a column by default value only, and the layout by id', () => {
    const state = setFieldDefault(emptyMapping([0]), 'Lead_Status', 'New');
    expect(toFieldMappings(state, { layoutId: '5725767000001022168' })).toEqual([
      { api_name: 'Lead_Status', default_value: { value: 'New' } },
      { api_name: 'Layout', default_value: { value: '5725767000001022168' } },
    ]);
  });

  it('sends find_by id with a default-only Owner or lookup, as Zoho requires find_by on every lookup', () => {
    let state = setFieldDefault(emptyMapping([0]), 'Owner', '5725767000000225013');
    state = setFieldDefault(state, 'Account_Name', '5725767000000300001');
    expect(toFieldMappings(state, { lookupFields: new Set(['Account_Name']) })).toEqual([
      { api_name: 'Owner', find_by: 'id', default_value: { value: '5725767000000225013' } },
      { api_name: 'Account_Name', find_by: 'id', default_value: { value: '5725767000000300001' } },
    ]);
  });
});
