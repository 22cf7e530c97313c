import { describe, expect, it } from 'vitest';
import type { CrmField } from '@/lib/crm/crm-field';
import { checkExportDefinition } from './check-export-definition';
import type { CriteriaCondition, ExportDefinition } from './export-definition';
import { exportDefinitionSchemaFor } from './export-definition-schema-for';
import { buildFieldCatalog } from './field-catalog';

const field = (apiName: string, dataType: CrmField['dataType'], extra: Partial<CrmField> = {}): CrmField => ({
  apiName,
  label: apiName.replace(/_/g, ' '),
  dataType,
  isMandatory: false,
  isUnique: false,
  isReadOnly: false,
  isCustom: false,
  ...extra,
});

const catalog = buildFieldCatalog(
  [
    field('Last_Name', 'text'),
    field('Lead_Source', 'picklist', { picklistValues: ['Advertisement', 'Web'] }),
    field('Created_Time', 'datetime'),
    field('Preferred_Contact_Date', 'date'),
    field('No_of_Employees', 'integer'),
    field('Owner', 'ownerlookup', { lookupModule: 'users' }),
    field('Account_Name', 'lookup', { lookupModule: 'Accounts' }),
    field('Visits', 'subform'),
    field('Interested_Products', 'multiselectlookup'),
    field('Assistants', 'multiuserlookup'),
  ],
  { Accounts: [field('Phone', 'phone')] },
);

const definition = (patch: Partial<ExportDefinition>): ExportDefinition => ({
  name: 'x',
  connectionId: '00000000-0000-4000-8000-000000000000',
  module: 'Leads',
  fileType: 'csv',
  fields: [],
  filter: 'criteria',
  criteria: { type: 'group', operator: 'and', children: [] },
  cvid: '',
  ...patch,
});

const only = (condition: Partial<CriteriaCondition>) =>
  definition({
    criteria: {
      type: 'group',
      operator: 'and',
      children: [
        {
          type: 'condition',
          field: 'Last_Name',
          dataType: 'text',
          comparator: 'equal',
          value: 'x',
          values: [],
          ...condition,
        },
      ],
    },
  });

const messages = (value: ExportDefinition) =>
  checkExportDefinition(value, catalog).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('checkExportDefinition', () => {
  it('accepts lookup sub-fields in fields and criteria', () => {
    expect(
      messages(definition({ fields: ['Owner.last_name', 'Account_Name.Phone'], filter: 'none' })),
    ).toEqual([]);
    expect(
      messages(only({ field: 'Account_Name.Phone', dataType: 'phone', comparator: 'contains', value: '5' })),
    ).toEqual([]);
  });

  it('does not offer subforms or multi-record lookups, whose rows Zoho exports from their own modules', () => {
    expect([...catalog.keys()].filter((path) => /Visits|Interested_Products|Assistants/.test(path))).toEqual(
      [],
    );
  });

  it('refuses ICS outside Events, and a field list with ICS', () => {
    expect(messages(definition({ fileType: 'ics', filter: 'none', fields: ['Last_Name'] }))).toEqual([
      'fileType: Calendar (ICS) files are for Meetings (Events) only. Pick CSV.',
      'fields: A calendar export takes no field list: Zoho exports whole meetings.',
    ]);
  });

  it('refuses a comparator the field type does not take', () => {
    expect(
      messages(only({ field: 'Created_Time', dataType: 'datetime', comparator: 'contains', value: 'x' })),
    ).toEqual([
      'criteria.children.0.comparator: "contains" does not apply to Created Time (a datetime field).',
    ]);
  });

  it('checks values by type: picklist values, numbers, dates, complete ranges', () => {
    expect(messages(only({ field: 'Lead_Source', dataType: 'picklist', value: 'Fair' }))).toEqual([
      `criteria.children.0.value: "Fair" is not one of Lead Source's values.`,
    ]);
    expect(messages(only({ field: 'No_of_Employees', dataType: 'integer', value: 'ten' }))).toEqual([
      'criteria.children.0.value: No of Employees takes a number.',
    ]);
    expect(
      messages(
        only({
          field: 'Preferred_Contact_Date',
          dataType: 'date',
          comparator: 'between',
          values: ['2026-02-01'],
        }),
      ),
    ).toEqual(['criteria.children.0.values: Enter a value.']);
    expect(
      messages(
        only({
          field: 'Preferred_Contact_Date',
          dataType: 'date',
          comparator: 'between',
          values: ['2026-02-01', '2026-01-01'],
        }),
      ),
    ).toEqual(['criteria.children.0.values: The range ends before it starts.']);
    expect(messages(only({ comparator: 'in', values: [] }))).toEqual([
      'criteria.children.0.values: Add at least one value.',
    ]);
  });

  it('flags empty groups and more than 25 conditions', () => {
    expect(messages(definition({}))).toEqual([
      'criteria.children: Add a condition, or choose "All records".',
    ]);
    const many = only({});
    many.criteria.children = Array.from({ length: 26 }, () => many.criteria.children[0] as CriteriaCondition);
    expect(messages(many)).toEqual(['criteria: Zoho takes at most 25 conditions; this has 26.']);
  });

  it('runs as a zod schema, for the form resolver and the route', () => {
    const result = exportDefinitionSchemaFor(catalog).safeParse(definition({ filter: 'cvid', cvid: 'all' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['cvid'] });
  });
});
