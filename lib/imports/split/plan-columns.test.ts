import { describe, expect, it } from 'vitest';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { planColumns } from './plan-columns';
import { rewriteFor } from './rewrite-for-plan';

describe('planning the chunk CSV columns', () => {
  it('sends only mapped columns and points each mapping at its position in the chunk CSV', () => {
    const mapping: MappingState = {
      columns: {
        0: { kind: 'ignored' },
        1: { kind: 'matched', apiName: 'Last_Name' },
        2: { kind: 'unmapped' },
        3: { kind: 'matched', apiName: 'Lead_Status', valueMap: { Hot: 'Contacted' } },
        4: { kind: 'matched', apiName: 'Date_3', format: 'yyyy-MM-dd' },
      },
      fieldDefaults: { Lead_Source: 'Web' },
    };
    const plan = planColumns(mapping, { layoutId: '42' });
    expect(plan.columns).toEqual([
      { index: 1, apiName: 'Last_Name' },
      { index: 3, apiName: 'Lead_Status' },
      { index: 4, apiName: 'Date_3' },
    ]);
    expect(plan.fieldMappings).toEqual([
      { api_name: 'Last_Name', index: 0 },
      { api_name: 'Lead_Status', index: 1 },
      { api_name: 'Date_3', index: 2, format: 'yyyy-MM-dd' },
      { api_name: 'Lead_Source', default_value: { value: 'Web' } },
      { api_name: 'Layout', default_value: { value: '42' } },
    ]);
    expect(plan.valueMaps.get(1)?.get('Hot')).toBe('Contacted');
  });

  it('sends datetimes without an offset in the offset format, and leaves ones with an offset alone', () => {
    const mapping: MappingState = {
      columns: {
        0: { kind: 'matched', apiName: 'Last_Webinar', format: 'dd/MM/yyyy HH:mm:ss' },
        1: { kind: 'matched', apiName: 'Next_Call', format: "yyyy-MM-dd'T'HH:mm:ssXXX" },
      },
      fieldDefaults: {},
    };
    const plan = planColumns(mapping, {
      timeZone: 'Asia/Tokyo',
      datetimeFields: new Set(['Last_Webinar', 'Next_Call']),
    });
    expect(plan.fieldMappings.map((m) => m.format)).toEqual([
      "yyyy-MM-dd'T'HH:mm:ssXXX",
      "yyyy-MM-dd'T'HH:mm:ssXXX",
    ]);
    expect([...plan.datetimes]).toEqual([[0, 'dd/MM/yyyy HH:mm:ss']]);
  });

  it('sends dates in Zoho’s documented patterns as they are, and converts any other pattern to ISO', () => {
    const mapping: MappingState = {
      columns: {
        0: { kind: 'matched', apiName: 'Date_1', format: 'MM/dd/yyyy' },
        1: { kind: 'matched', apiName: 'Date_2', format: 'yyyy/MM/dd' },
        2: { kind: 'matched', apiName: 'Date_3', format: 'yyyy-MM-dd' },
        3: { kind: 'matched', apiName: 'Date_4', format: 'dd.MM.yyyy' },
        4: { kind: 'matched', apiName: 'Date_5', format: 'dd/MM/yyyy' },
      },
      fieldDefaults: {},
    };
    const plan = planColumns(mapping, { timeZone: 'UTC', datetimeFields: new Set() });
    expect(plan.fieldMappings.map((m) => m.format)).toEqual([
      undefined,
      'yyyy/MM/dd',
      'yyyy-MM-dd',
      'yyyy-MM-dd',
      'yyyy-MM-dd',
    ]);
    expect([...plan.dates]).toEqual([
      [3, 'dd.MM.yyyy'],
      [4, 'dd/MM/yyyy'],
    ]);
    const rewrite = rewriteFor(plan, undefined, 'UTC');
    const cell = rewrite?.value(1);
    expect(cell?.(3, '31.01.2027')).toBe('2027-01-31');
    expect(cell?.(4, '05/02/2027')).toBe('2027-02-05');
    expect(cell?.(4, 'not a date')).toBeUndefined();
    expect(cell?.(1, '2027/01/31')).toBeUndefined();
  });
});
