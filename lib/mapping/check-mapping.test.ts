import { describe, expect, it } from 'vitest';
import { checkMapping } from './check-mapping';
import { LEADS_FIELDS, profile } from './leads-fixture';
import { emptyMapping, type MappingState } from './mapping-state';
import { mapColumn, setFieldDefault } from './transitions';

const layouts = [{ id: 'L1', name: 'Standard', mandatoryFields: ['Last_Name', 'Owner'] }];
const insert = { operation: 'insert' as const };

function codes(state: MappingState, columns = [profile(0, 'Name')], settings = insert) {
  return checkMapping({ state, columns, fields: LEADS_FIELDS, layouts, settings }).map((p) => p.code);
}

describe('checkMapping', () => {
  it("requires system-mandatory and the layout's mandatory fields, mapped or defaulted", () => {
    const problems = checkMapping({
      state: emptyMapping([0]),
      columns: [],
      fields: LEADS_FIELDS,
      layouts,
      settings: insert,
    });
    expect(problems.map((p) => p.apiName)).toEqual(['Owner', 'Last_Name']);
    expect(problems[0]?.message).toBe(
      'Lead Owner is mandatory: map a column onto it or give it a default value.',
    );
    const fed = setFieldDefault(mapColumn(emptyMapping([0]), 0, 'Last_Name'), 'Owner', '5725767000000225013');
    expect(codes(fed)).toEqual([]);
  });

  it('requires a unique, mapped find_by for update and upsert', () => {
    const base = setFieldDefault(mapColumn(emptyMapping([0, 1]), 0, 'Last_Name'), 'Owner', '1');
    expect(codes(base, undefined, { operation: 'upsert' } as never)).toContain('find_by_required');
    expect(codes(base, undefined, { operation: 'update', findBy: 'Company' } as never)).toContain(
      'find_by_not_unique',
    );
    expect(codes(base, undefined, { operation: 'update', findBy: 'Email' } as never)).toContain(
      'find_by_unmapped',
    );
    const withEmail = mapColumn(base, 1, 'Email');
    const columns = [profile(0, 'Name'), profile(1, 'Mail', { inferredType: 'email' })];
    expect(codes(withEmail, columns, { operation: 'upsert', findBy: 'Email' } as never)).toEqual([]);
  });

  it('refuses a lookup found by id when the values are not record ids (codes, names)', () => {
    const base = setFieldDefault(mapColumn(emptyMapping([0, 1]), 0, 'Last_Name'), 'Owner', '1');
    const codesOnly = [profile(0, 'Name'), profile(1, 'Owner', { samples: ['PRD-CLOUD', 'PRD-MIGRATE'] })];
    const problems = checkMapping({
      state: mapColumn(base, 1, 'Owner', { findBy: 'id' }),
      columns: codesOnly,
      fields: LEADS_FIELDS,
      layouts,
      settings: insert,
    }).filter((problem) => problem.code === 'find_by_not_id');
    expect(problems.map((problem) => [problem.severity, problem.message])).toEqual([
      [
        'error',
        '"Owner" → Lead Owner: values like "PRD-CLOUD" are not Zoho record ids, so Zoho would skip every row. Choose another way to find the users record (a name or unique field such as a code).',
      ],
    ]);
    const mixed = [profile(0, 'Name'), profile(1, 'Owner', { samples: ['5725767000000225013', 'someone'] })];
    expect(codes(mapColumn(base, 1, 'Owner', { findBy: 'id' }), mixed)).toContain('find_by_not_id');
    const ids = [profile(0, 'Name'), profile(1, 'Owner', { samples: ['5725767000000225013'] })];
    expect(codes(mapColumn(base, 1, 'Owner', { findBy: 'id' }), ids)).not.toContain('find_by_not_id');
  });

  it('checks each match: types, length, date formats, lookups, picklists, read-only', () => {
    const columns = [
      profile(0, 'Signed up', { inferredType: 'date', dateFormats: ['dd/MM/yyyy'] }),
      profile(1, 'Owner email', { inferredType: 'email' }),
      profile(2, 'Staff', { inferredType: 'date' }),
      profile(3, 'First', { maxLength: 60 }),
      profile(4, 'Source', { samples: ['Web', 'Fair'] }),
      profile(5, 'Created'),
      profile(6, 'Webinar', { inferredType: 'datetime' }),
    ];
    let state = emptyMapping([0, 1, 2, 3, 4, 5, 6]);
    state = mapColumn(state, 0, 'Preferred_Contact_Date', { format: 'MM/dd/yyyy' });
    state = mapColumn(state, 1, 'Owner');
    state = mapColumn(state, 2, 'No_of_Employees');
    state = mapColumn(state, 3, 'First_Name');
    state = mapColumn(state, 4, 'Lead_Source');
    state = mapColumn(state, 5, 'Created_Time');
    state = mapColumn(state, 6, 'Last_Webinar', { format: 'dd MMM yyyy' });
    expect(codes(state, columns).sort()).toEqual(
      [
        'mandatory_unmapped',
        'format_mismatch',
        'find_by_missing',
        'type_mismatch',
        'too_long',
        'picklist_unknown',
        'read_only',
        'format_unsupported',
      ].sort(),
    );
    const fixed = mapColumn(state, 4, 'Lead_Source', { valueMap: { Fair: 'Trade Show' } });
    expect(codes(fixed, columns)).not.toContain('picklist_unknown');
  });

  it('asks for a format when a date field has none and lists errors before warnings', () => {
    const state = mapColumn(emptyMapping([0]), 0, 'Preferred_Contact_Date');
    const problems = checkMapping({
      state,
      columns: [profile(0, 'When', { maxLength: 99 })],
      fields: LEADS_FIELDS,
      layouts: [],
      settings: insert,
    });
    expect(problems.map((p) => p.code)).toEqual(['mandatory_unmapped', 'format_missing', 'type_mixed']);
  });
});
