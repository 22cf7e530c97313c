import { describe, expect, it } from 'vitest';
import type {
  CriteriaCondition,
  CriteriaGroup,
  ExportDefinition,
} from '@/lib/exports/definitions/export-definition';
import { buildReadRequest, toZohoCriteria, ZOHO_EMPTY } from './build-read-request';

const base: ExportDefinition = {
  name: 'Leads',
  connectionId: '00000000-0000-4000-8000-000000000000',
  module: 'Contacts',
  fileType: 'csv',
  fields: [],
  filter: 'none',
  criteria: { type: 'group', operator: 'and', children: [] },
  cvid: '',
};

const when = (
  field: string,
  dataType: CriteriaCondition['dataType'],
  comparator: CriteriaCondition['comparator'],
  value: string | string[],
): CriteriaCondition => ({
  type: 'condition',
  field,
  dataType,
  comparator,
  value: Array.isArray(value) ? '' : value,
  values: Array.isArray(value) ? value : [],
});

describe('buildReadRequest', () => {
  it('writes seed 002’s request: lookup sub-fields, an or-group, page 1, callback', () => {
    const request = buildReadRequest(
      {
        ...base,
        fields: ['Last_Name', 'Owner', 'Owner.last_name', 'Account_Name.Account_Name', 'Account_Name.Phone'],
        filter: 'criteria',
        criteria: {
          type: 'group',
          operator: 'or',
          children: [
            when('Lead_Source', 'picklist', 'equal', 'Advertisement'),
            when('Owner.last_name', 'text', 'equal', 'Boyle'),
            when('Account_Name.Phone', 'phone', 'contains', '5'),
          ],
        },
      },
      { callbackUrl: 'https://www.example.com/callback' },
    );
    expect(request).toEqual({
      callback: { url: 'https://www.example.com/callback', method: 'post' },
      query: {
        module: { api_name: 'Contacts' },
        fields: ['Last_Name', 'Owner', 'Owner.last_name', 'Account_Name.Account_Name', 'Account_Name.Phone'],
        criteria: {
          group_operator: 'or',
          group: [
            { field: { api_name: 'Lead_Source' }, comparator: 'equal', value: 'Advertisement' },
            { field: { api_name: 'Owner.last_name' }, comparator: 'equal', value: 'Boyle' },
            { field: { api_name: 'Account_Name.Phone' }, comparator: 'contains', value: '5' },
          ],
        },
        page: 1,
      },
    });
  });

  it('sends a custom view instead of criteria; a later page sends page_token alone, as Zoho’s sample does', () => {
    const request = buildReadRequest(
      {
        ...base,
        filter: 'cvid',
        cvid: '4150868000000087501',
        criteria: { ...base.criteria, children: [when('Email', 'email', 'equal', 'x')] },
      },
      { pageToken: 'abc' },
    );
    expect(request).toEqual({ query: { page_token: 'abc' } });
    expect(buildReadRequest({ ...base, filter: 'cvid', cvid: '4150868000000087501' }).query).toEqual({
      module: { api_name: 'Contacts' },
      cvid: '4150868000000087501',
      page: 1,
    });
    expect(buildReadRequest(base, { page: 2 }).query.page).toBe(2);
  });

  it('asks for ICS at the top level, with no field list', () => {
    const request = buildReadRequest({ ...base, module: 'Events', fileType: 'ics', fields: ['Event_Title'] });
    expect(request).toEqual({ query: { module: { api_name: 'Events' }, page: 1 }, file_type: 'ics' });
  });
});

describe('criteria for every comparator', () => {
  const cases: [CriteriaCondition, unknown][] = [
    [when('Email', 'email', 'equal', 'a@b.c'), 'a@b.c'],
    [when('Email', 'email', 'not_equal', 'a@b.c'), 'a@b.c'],
    [when('City', 'text', 'contains', 'lon'), 'lon'],
    [when('City', 'text', 'not_contains', 'lon'), 'lon'],
    [when('City', 'text', 'starts_with', 'Lo'), 'Lo'],
    [when('City', 'text', 'ends_with', 'on'), 'on'],
    [when('Lead_Source', 'picklist', 'in', ['Advertisement', 'Trade Show']), ['Advertisement', 'Trade Show']],
    [when('Lead_Source', 'picklist', 'not_in', ['Advertisement']), ['Advertisement']],
    [when('Annual_Revenue', 'currency', 'less_than', '10.5'), 10.5],
    [when('Annual_Revenue', 'currency', 'less_equal', '10'), 10],
    [when('No_of_Employees', 'integer', 'greater_than', '-5'), -5],
    [when('No_of_Employees', 'integer', 'greater_equal', '5'), 5],
    [when('No_of_Employees', 'integer', 'in', ['1', '2']), [1, 2]],
    [
      when('Preferred_Contact_Date', 'date', 'between', ['2026-01-01', '2026-01-31']),
      ['2026-01-01', '2026-01-31'],
    ],
    [
      when('Preferred_Contact_Date', 'date', 'not_between', ['2026-01-01', '2026-01-31']),
      ['2026-01-01', '2026-01-31'],
    ],
    [
      when('Created_Time', 'datetime', 'greater_than', '2026-01-01T10:00:00.123+01:00'),
      '2026-01-01T10:00:00+01:00',
    ],
    [when('Email_Opt_Out', 'boolean', 'equal', 'true'), true],
    [when('Owner', 'ownerlookup', 'equal', '5725767000000225013'), '5725767000000225013'],
  ];
  it.each(cases)('%j', (condition, value) => {
    expect(toZohoCriteria(condition)).toEqual({
      field: { api_name: condition.field },
      comparator: condition.comparator,
      value,
    });
  });

  it('turns is empty / is not empty into Zoho’s EMPTY token', () => {
    expect(toZohoCriteria(when('Phone', 'phone', 'is_empty', ''))).toEqual({
      field: { api_name: 'Phone' },
      comparator: 'equal',
      value: ZOHO_EMPTY,
    });
    expect(toZohoCriteria(when('Phone', 'phone', 'is_not_empty', ''))).toMatchObject({
      comparator: 'not_equal',
      value: ZOHO_EMPTY,
    });
  });
});

describe('group shapes', () => {
  const a = when('City', 'text', 'equal', 'London');
  const b = when('Lead_Source', 'picklist', 'equal', 'Web');
  const c = when('Rating', 'picklist', 'equal', 'Hot');
  const group = (operator: 'and' | 'or', ...children: CriteriaGroup['children']): CriteriaGroup => ({
    type: 'group',
    operator,
    children,
  });

  it('drops an empty group and stands a lone child in for its group', () => {
    expect(toZohoCriteria(group('and'))).toBeUndefined();
    expect(toZohoCriteria(group('and', a))).toEqual(toZohoCriteria(a));
    expect(toZohoCriteria(group('or', group('and', a), group('or')))).toEqual(toZohoCriteria(a));
  });

  it('nests and/or groups to any depth', () => {
    expect(toZohoCriteria(group('and', a, group('or', b, group('and', c, a))))).toEqual({
      group_operator: 'and',
      group: [
        toZohoCriteria(a),
        {
          group_operator: 'or',
          group: [
            toZohoCriteria(b),
            { group_operator: 'and', group: [toZohoCriteria(c), toZohoCriteria(a)] },
          ],
        },
      ],
    });
  });

  it('sends no criteria when the filter is off, even with conditions kept in the form', () => {
    expect(buildReadRequest({ ...base, criteria: group('and', a, b) }).query.criteria).toBeUndefined();
  });
});
