import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaCondition } from '@/lib/exports/definitions/export-definition';
import { baseDefinition, OWNER_ID, parseCsv, startExportKit } from '@/lib/exports/test/export-test-kit';

const SOURCES = ['Advertisement', 'Cold Call', 'Chat'];
const CITIES = ['London', 'Paris', 'Lisbon', ''];
const pad = (n: number) => String(n).padStart(2, '0');
const day = (i: number) => `2026-01-${pad(i + 1)}`;
const LEADS = Array.from({ length: 12 }, (_, i) => ({
  Last_Name: `Cmp ${i}`,
  Company: 'Cmp Co',
  City: CITIES[i % 4] ?? '',
  No_of_Employees: String(i * 10),
  Preferred_Contact_Date: day(i),
  Last_Webinar: `2026-02-01T${pad(i)}:00:00+00:00`,
  Email_Opt_Out: i % 2 === 0 ? 'true' : 'false',
  Lead_Source: SOURCES[i % 3] ?? '',
}));
type Lead = (typeof LEADS)[number];

type Case = [
  CriteriaCondition['comparator'],
  string,
  CriteriaCondition['dataType'],
  string | string[],
  (lead: Lead) => boolean,
];
const n = (lead: Lead) => Number(lead.No_of_Employees);
const hour = (lead: Lead) => Date.parse(lead.Last_Webinar);
const CASES: Case[] = [
  ['equal', 'City', 'text', 'london', (l) => l.City === 'London'],
  ['not_equal', 'City', 'text', 'London', (l) => l.City !== 'London'],
  ['in', 'City', 'text', ['London', 'Paris'], (l) => ['London', 'Paris'].includes(l.City)],
  ['not_in', 'City', 'text', ['London', 'Paris'], (l) => !['London', 'Paris'].includes(l.City)],
  ['contains', 'City', 'text', 'is', (l) => l.City.includes('is')],
  ['not_contains', 'City', 'text', 'on', (l) => !l.City.includes('on')],
  ['starts_with', 'City', 'text', 'L', (l) => l.City.startsWith('L')],
  ['ends_with', 'City', 'text', 'n', (l) => l.City.endsWith('n')],
  ['is_empty', 'City', 'text', '', (l) => l.City === ''],
  ['is_not_empty', 'City', 'text', '', (l) => l.City !== ''],
  ['equal', 'No_of_Employees', 'integer', '30', (l) => n(l) === 30],
  ['not_equal', 'No_of_Employees', 'integer', '30', (l) => n(l) !== 30],
  ['in', 'No_of_Employees', 'integer', ['10', '20'], (l) => [10, 20].includes(n(l))],
  ['not_in', 'No_of_Employees', 'integer', ['10', '20'], (l) => ![10, 20].includes(n(l))],
  ['less_than', 'No_of_Employees', 'integer', '30', (l) => n(l) < 30],
  ['less_equal', 'No_of_Employees', 'integer', '30', (l) => n(l) <= 30],
  ['greater_than', 'No_of_Employees', 'integer', '80', (l) => n(l) > 80],
  ['greater_equal', 'No_of_Employees', 'integer', '80', (l) => n(l) >= 80],
  ['equal', 'Preferred_Contact_Date', 'date', day(3), (l) => l.Preferred_Contact_Date === day(3)],
  ['not_equal', 'Preferred_Contact_Date', 'date', day(3), (l) => l.Preferred_Contact_Date !== day(3)],
  [
    'in',
    'Preferred_Contact_Date',
    'date',
    [day(1), day(2)],
    (l) => [day(1), day(2)].includes(l.Preferred_Contact_Date),
  ],
  [
    'not_in',
    'Preferred_Contact_Date',
    'date',
    [day(1), day(2)],
    (l) => ![day(1), day(2)].includes(l.Preferred_Contact_Date),
  ],
  [
    'between',
    'Preferred_Contact_Date',
    'date',
    [day(2), day(5)],
    (l) => l.Preferred_Contact_Date >= day(2) && l.Preferred_Contact_Date <= day(5),
  ],
  [
    'not_between',
    'Preferred_Contact_Date',
    'date',
    [day(2), day(5)],
    (l) => l.Preferred_Contact_Date < day(2) || l.Preferred_Contact_Date > day(5),
  ],
  ['greater_than', 'Preferred_Contact_Date', 'date', day(8), (l) => l.Preferred_Contact_Date > day(8)],
  ['greater_equal', 'Preferred_Contact_Date', 'date', day(8), (l) => l.Preferred_Contact_Date >= day(8)],
  ['less_than', 'Preferred_Contact_Date', 'date', day(2), (l) => l.Preferred_Contact_Date < day(2)],
  ['less_equal', 'Preferred_Contact_Date', 'date', day(2), (l) => l.Preferred_Contact_Date <= day(2)],
  [
    'between',
    'Last_Webinar',
    'datetime',
    ['2026-02-01T02:00:00+00:00', '2026-02-01T04:30:00+00:00'],
    (l) => hour(l) >= Date.parse('2026-02-01T02:00:00Z') && hour(l) <= Date.parse('2026-02-01T04:30:00Z'),
  ],
  [
    'greater_than',
    'Last_Webinar',
    'datetime',
    '2026-02-01T10:00:00+01:00',
    (l) => hour(l) > Date.parse('2026-02-01T09:00:00Z'),
  ],
  ['equal', 'Email_Opt_Out', 'boolean', 'true', (l) => l.Email_Opt_Out === 'true'],
  ['equal', 'Lead_Source', 'picklist', 'Chat', (l) => l.Lead_Source === 'Chat'],
  ['not_in', 'Lead_Source', 'picklist', ['Chat', 'Cold Call'], (l) => l.Lead_Source === 'Advertisement'],
  ['equal', 'Owner', 'ownerlookup', OWNER_ID, () => true],
  ['not_equal', 'Owner', 'ownerlookup', OWNER_ID, () => false],
  ['in', 'Owner', 'ownerlookup', [OWNER_ID, '5725767000000225027'], () => true],
  ['not_in', 'Owner', 'ownerlookup', [OWNER_ID], () => false],
  ['equal', 'Owner.last_name', 'text', 'Boyle', () => true],
  ['starts_with', 'Owner.last_name', 'text', 'X', () => false],
];

describe('every comparator, through the simulator', () => {
  let kit: Awaited<ReturnType<typeof startExportKit>>;
  beforeAll(async () => {
    kit = await startExportKit();
    await kit.importRecords('Leads', LEADS);
    await kit.simControl('POST', 'settings', { downloadsPerMinute: 10_000 });
  }, 120_000);
  afterAll(() => kit.close());

  it.each(CASES)('%s on %s (%s) %j', async (comparator, field, dataType, value, matches) => {
    const { run, text } = await kit.runExport({
      ...baseDefinition,
      fields: ['Last_Name'],
      filter: 'criteria',
      criteria: {
        type: 'group',
        operator: 'and',
        children: [
          {
            type: 'condition',
            field: 'Company',
            dataType: 'text',
            comparator: 'equal',
            value: 'Cmp Co',
            values: [],
          },
          {
            type: 'condition',
            field,
            dataType,
            comparator,
            value: Array.isArray(value) ? '' : value,
            values: Array.isArray(value) ? value : [],
          },
        ],
      },
    });
    expect(run.status, run.statusMessage ?? '').toBe('completed');
    const expected = LEADS.filter(matches)
      .map((lead) => lead.Last_Name)
      .sort();
    expect(
      parseCsv(text)
        .rows.map((row) => row.Last_Name)
        .sort(),
    ).toEqual(expected);
  });
});
