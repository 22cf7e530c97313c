import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { baseDefinition, startExportKit } from '../test/export-test-kit';
import { validateExportDefinition } from './validate-export-definition';

describe('the server checks an export again, against Zoho’s current fields', () => {
  let kit: Awaited<ReturnType<typeof startExportKit>>;
  beforeAll(async () => {
    kit = await startExportKit();
  }, 60_000);
  afterAll(() => kit.close());

  const problems = async (input: unknown) => {
    const error = await validateExportDefinition(kit.db, input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details;
  };

  it('accepts lookup sub-fields of related modules (Contacts → Account_Name.Phone)', async () => {
    const definition = {
      ...baseDefinition,
      connectionId: kit.connectionId,
      module: 'Contacts',
      fields: ['Last_Name', 'Owner.last_name', 'Account_Name.Account_Name', 'Account_Name.Phone'],
      filter: 'criteria' as const,
      criteria: {
        type: 'group' as const,
        operator: 'or' as const,
        children: [
          {
            type: 'condition' as const,
            field: 'Account_Name.Phone',
            dataType: 'phone' as const,
            comparator: 'contains' as const,
            value: '5',
            values: [],
          },
          {
            type: 'condition' as const,
            field: 'Lead_Source',
            dataType: 'picklist' as const,
            comparator: 'equal' as const,
            value: 'Advertisement',
            values: [],
          },
        ],
      },
    };
    await expect(validateExportDefinition(kit.db, definition)).resolves.toEqual(definition);
  });

  it('refuses ICS outside Events, an unknown field and a comparator the type does not take, with field paths', async () => {
    expect(
      await problems({
        ...baseDefinition,
        connectionId: kit.connectionId,
        fileType: 'ics',
        fields: [],
        filter: 'criteria',
        criteria: {
          type: 'group',
          operator: 'and',
          children: [
            {
              type: 'condition',
              field: 'Created_Time',
              dataType: 'datetime',
              comparator: 'contains',
              value: '2026',
              values: [],
            },
            {
              type: 'condition',
              field: 'Shoe_Size',
              dataType: 'integer',
              comparator: 'equal',
              value: '9',
              values: [],
            },
          ],
        },
      }),
    ).toEqual({
      fields: [
        { path: ['fileType'], message: 'Calendar (ICS) files are for Meetings (Events) only. Pick CSV.' },
        {
          path: ['criteria', 'children', '0', 'comparator'],
          message: '"contains" does not apply to Created Time (a datetime field).',
        },
        { path: ['criteria', 'children', '1', 'field'], message: 'Pick a field.' },
      ],
    });
  });

  it('refuses a body of the wrong shape before asking Zoho anything', async () => {
    expect(await problems({ name: '', module: 'Leads' })).toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ path: ['name'] })]),
    });
  });
});
