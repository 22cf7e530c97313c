import { describe, expect, it } from 'vitest';
import { toCrmField } from '@/lib/zoho/to-crm-field';
import { applyRow } from '@/sim/bulk-write/apply-row';
import type { FieldMapping } from '@/sim/bulk-write/write-request';
import { findModule } from '@/sim/demo-org/modules';
import { toZohoField } from '@/sim/demo-org/to-zoho-field';
import { IdSequence } from '@/sim/ids';
import { RecordStore } from '@/sim/store/record-store';
import { toFieldMappings } from '../zoho/wire/to-field-mappings';
import { createPreflight } from './create-preflight';
import type { JobSettings } from './job-settings';
import { emptyMapping } from './mapping-state';
import { mapColumn } from './transitions';

const leads = findModule('Leads');
if (!leads) throw new Error('the demo org has no Leads');
const fields = leads.fields.map((f) => toCrmField(toZohoField(leads, f, 'v8')));
const layouts = [
  {
    id: 'L',
    name: 'Standard',
    mandatoryFields: leads.fields.filter((f) => f.layoutRequired).map((f) => f.api),
  },
];
let mapping = emptyMapping([0, 1, 2, 3, 4, 5]);
mapping = mapColumn(mapping, 0, 'Last_Name');
mapping = mapColumn(mapping, 1, 'Email');
mapping = mapColumn(mapping, 2, 'Preferred_Contact_Date', { format: 'dd/MM/yyyy' });
mapping = mapColumn(mapping, 3, 'No_of_Employees');
mapping = mapColumn(mapping, 4, 'Annual_Revenue');
mapping = mapColumn(mapping, 5, 'Description');
const ROWS = [
  ['Ada', 'ada@x.co', '24/12/2024', '12', '1,234.5', 'x'],
  ['Bob', 'ADA@x.co', '24/12/2024', '12', '', 'y'],
  ['', 'c@x.co', '2024-12-24', '1234567890', 'abc', 'z'],
  ['Dee', 'c@x.co', '31/02/2024', '-12', '.5', 'x'],
  ['Eve', 'e@x.co', '01/01/2024', '', '', 'x'],
  ['Fay', 'e@x.co', '', '', '', ''],
  ['Gus', 'not-mail', '', '', '', 'w'],
  ['Hal', '', '', '', '', ''],
  ['Ian', 'i@x.co', '', '', '', 'x'.repeat(32001)],
  ['', 'i@x.co', '', '', '', 'x'],
];

/** Each row's fate in the simulator (an empty CRM) next to the pre-flight's prediction. */
function both(operation: JobSettings['operation'], findBy?: string) {
  const store = new RecordStore(new IdSequence());
  const request = { operation, ignoreEmpty: false, module: 'Leads', moduleId: '1', fileId: 'f', findBy };
  const mappings: FieldMapping[] = toFieldMappings(mapping);
  const settings = {
    connectionId: 'c',
    module: 'Leads',
    operation,
    findBy,
    ignoreEmpty: false,
    timeZone: 'UTC',
  };
  const preflight = createPreflight({ fields, layouts, mapping, settings });
  return ROWS.map((row, i) => {
    const issues = preflight.add(i + 2, row);
    return {
      sim: applyRow(store, leads as NonNullable<typeof leads>, request, mappings, row).status === 'SKIPPED',
      predicted: issues.some((issue) => issue.severity === 'skip'),
      isNewIfUnknown: issues.some((issue) => issue.code === 'mandatory_if_new'),
    };
  });
}

describe('the pre-flight predicts the simulator’s in-file skips', () => {
  it.each([
    ['insert', undefined],
    ['insert', 'Email'],
  ] as const)('%s by %s: exactly the rows the simulator skips', (operation, findBy) => {
    const rows = both(operation, findBy);
    expect(rows.map((r) => r.predicted)).toEqual(rows.map((r) => r.sim));
    expect(rows.some((r) => r.sim)).toBe(true);
  });

  it('upsert: the same, except rows whose key Zoho may know (skipped here only because this CRM is empty)', () => {
    const rows = both('upsert', 'Email');
    expect(rows.filter((r) => r.predicted && !r.sim)).toEqual([]);
    expect(rows.filter((r) => r.sim && !r.predicted).every((r) => r.isNewIfUnknown)).toBe(true);
    expect(rows.filter((r) => r.isNewIfUnknown).length).toBeGreaterThan(0);
  });

  it('update: every predicted skip is skipped (the rest depends on which records Zoho has)', () => {
    const rows = both('update', 'Email');
    expect(rows.filter((r) => r.predicted && !r.sim)).toEqual([]);
    expect(rows.filter((r) => r.predicted).length).toBeGreaterThan(0);
  });
});
