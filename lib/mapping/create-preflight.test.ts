import { describe, expect, it } from 'vitest';
import { createPreflight } from './create-preflight';
import type { JobSettings } from './job-settings';
import { LEADS_FIELDS } from './leads-fixture';
import { emptyMapping, type MappingState } from './mapping-state';
import { mapColumn, setFieldDefault } from './transitions';

const settings = (extra: Partial<JobSettings> = {}): JobSettings => ({
  connectionId: 'c',
  module: 'Leads',
  operation: 'insert',
  ignoreEmpty: false,
  timeZone: 'UTC',
  ...extra,
});

let base = emptyMapping([0, 1, 2, 3, 4]);
base = mapColumn(base, 0, 'Last_Name');
base = mapColumn(base, 1, 'Email');
base = mapColumn(base, 2, 'Preferred_Contact_Date', { format: 'dd/MM/yyyy' });
base = mapColumn(base, 3, 'Lead_Source', { valueMap: { Fair: 'Trade Show' } });
base = mapColumn(base, 4, 'Owner', { findBy: 'email' });

function run(rows: string[][], extra: Partial<JobSettings> = {}, mapping: MappingState = base) {
  const preflight = createPreflight({
    fields: LEADS_FIELDS,
    layouts: [],
    settings: settings(extra),
    mapping,
  });
  const issues = rows.map((values, i) => preflight.add(i + 2, values));
  const codes = issues.map((row) =>
    row.filter((i) => i.severity !== 'zoho_decides').map((i) => `${i.code}:${i.apiName}`),
  );
  return { preflight, codes, summary: preflight.summary(), invalid: [...preflight.invalidRecords()] };
}

describe('createPreflight', () => {
  it('passes good rows and counts them', () => {
    const { codes, summary, invalid } = run([['Lovelace', 'ada@example.com', '24/12/2024', 'Web', '']]);
    expect(codes).toEqual([[]]);
    expect(invalid).toEqual([]);
    expect(summary).toMatchObject({ rowsChecked: 1, rowsToSkip: 0, rowsWithWarnings: 0 });
  });

  it('skips a bad date and an empty mandatory cell, with record numbers counted from the header', () => {
    const { codes, summary, invalid } = run([
      ['Lovelace', 'ada@example.com', '2024-12-24'],
      [' ', 'grace@example.com', '13/01/2025'],
      ['Turing', 'alan@example.com', '02/02/2025'],
    ]);
    expect(codes).toEqual([['invalid_value:Preferred_Contact_Date'], ['mandatory_empty:Last_Name'], []]);
    expect(invalid).toEqual([2, 3]);
    const date = summary.reasons.find((r) => r.code === 'invalid_value');
    expect(date).toMatchObject({ severity: 'skip', columnIndex: 2, count: 1, examples: [2] });
    expect(date?.message).toContain('Preferred Contact Date');
    expect(summary.rowsToSkip).toBe(2);
  });

  it('skips every row when a mandatory field is fed by nothing, unless a default feeds it', () => {
    const noLastName = mapColumn(emptyMapping([0, 1]), 1, 'Email');
    expect(run([['', 'a@b.co']], {}, noLastName).codes).toEqual([['mandatory_unmapped:Last_Name']]);
    expect(run([['', 'a@b.co']], {}, setFieldDefault(noLastName, 'Last_Name', 'Unknown')).codes).toEqual([
      [],
    ]);
  });

  it('lets the empty owner through (Zoho uses the job’s user) but lists owner lookups as Zoho’s to decide', () => {
    const { codes, summary } = run([
      ['L', '', '', '', 'someone@example.com'],
      ['M', '', '', '', ''],
    ]);
    expect(codes).toEqual([[], []]);
    expect(summary.reasons).toContainEqual(
      expect.objectContaining({
        severity: 'zoho_decides',
        code: 'lookup_target',
        apiName: 'Owner',
        count: 1,
      }),
    );
  });

  it('warns that unknown picklist values are added, after the value map', () => {
    const { codes, summary } = run([
      ['L', '', '', 'Fair'],
      ['M', '', '', 'Billboard'],
    ]);
    expect(codes).toEqual([[], ['picklist_added:Lead_Source']]);
    expect(summary.rowsWithWarnings).toBe(1);
  });

  it('treats a row of blank mapped cells as one Zoho ignores, and nothing else', () => {
    expect(run([[' ', '', '', '', '']]).codes).toEqual([['empty_row:']]);
  });

  it('insert: a later row repeating a unique value is a duplicate, case-insensitively', () => {
    const { codes, summary } = run([
      ['A', 'ada@example.com'],
      ['B', 'ADA@example.com '],
      ['C', 'ada@example.com'],
    ]);
    expect(codes).toEqual([[], ['duplicate_in_file:Email'], ['duplicate_in_file:Email']]);
    expect(summary.reasons.find((r) => r.code === 'duplicate_in_file')?.examples).toEqual([3, 4]);
  });

  it('insert: a skipped row does not claim its unique value', () => {
    const { codes } = run([
      ['', 'ada@example.com'],
      ['B', 'ada@example.com'],
    ]);
    expect(codes).toEqual([['mandatory_empty:Last_Name'], []]);
  });

  it('insert with find_by: a repeated key is skipped as existing; Zoho decides the first', () => {
    const { codes, summary } = run(
      [
        ['A', 'ada@example.com'],
        ['B', 'ada@example.com'],
      ],
      { findBy: 'Email' },
    );
    expect(codes).toEqual([[], ['duplicate_in_file:Email']]);
    expect(summary.reasons).toContainEqual(
      expect.objectContaining({ code: 'find_by_exists', count: 1, examples: [2] }),
    );
  });

  it('upsert: a repeated key updates the record the earlier row wrote (warning, not a skip)', () => {
    const { codes } = run(
      [
        ['A', 'ada@example.com'],
        ['', 'ada@example.com'],
      ],
      { operation: 'upsert', findBy: 'Email' },
    );
    // The second row changes the first row's record, so its empty mandatory Last Name does not matter.
    expect(codes).toEqual([[], ['same_record_again:Email']]);
  });

  it('upsert: an empty mandatory cell depends on whether Zoho finds the key; without a key it adds', () => {
    const upsert = createPreflight({
      fields: LEADS_FIELDS,
      layouts: [],
      settings: settings({ operation: 'upsert', findBy: 'Email' }),
      mapping: base,
    });
    expect(upsert.add(2, ['', 'new@example.com']).map((i) => `${i.severity}:${i.code}`)).toContain(
      'zoho_decides:mandatory_if_new',
    );
    expect(upsert.add(3, ['', '', '', 'Web']).map((i) => i.code)).toEqual(['mandatory_empty']);
  });

  it('upsert: two keys claiming one unique value clash', () => {
    let mapping = mapColumn(emptyMapping([0, 1, 2]), 0, 'Last_Name');
    mapping = mapColumn(mapping, 1, 'id');
    mapping = mapColumn(mapping, 2, 'Email');
    const { codes } = run(
      [
        ['A', '1', 'a@x.co'],
        ['A', '1', 'a@x.co'],
        ['B', '2', 'a@x.co'],
        ['C', '', 'a@x.co'],
      ],
      { operation: 'upsert', findBy: 'id' },
      mapping,
    );
    expect(codes).toEqual([
      [],
      ['same_record_again:id'],
      ['duplicate_in_file:Email'],
      ['duplicate_in_file:Email'],
    ]);
  });

  it('update: a row without a key is skipped; a record releasing a value frees it for another', () => {
    let mapping = mapColumn(emptyMapping([0, 1]), 0, 'id');
    mapping = mapColumn(mapping, 1, 'Email');
    const { codes } = run(
      [
        ['', 'a@x.co'],
        ['1', 'a@x.co'],
        ['1', 'b@x.co'],
        ['2', 'a@x.co'],
        ['3', 'b@x.co'],
      ],
      { operation: 'update', findBy: 'id' },
      mapping,
    );
    expect(codes).toEqual([
      ['find_by_empty:id'],
      [],
      ['same_record_again:id'],
      [],
      ['duplicate_in_file:Email'],
    ]);
  });

  it('keeps the summary bounded: at most 20 examples a reason, and plain JSON', () => {
    const rows = Array.from({ length: 500 }, () => ['L', 'bad-email']);
    const { summary, invalid } = run(rows);
    const reason = summary.reasons.find((r) => r.code === 'invalid_value');
    expect(reason?.count).toBe(500);
    expect(reason?.examples).toHaveLength(20);
    expect(invalid).toHaveLength(500);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
