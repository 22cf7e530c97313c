import { describe, expect, it } from 'vitest';
import { emptyMapping } from '@/lib/mapping/mapping-state';
import {
  type ChildFilesState,
  childFieldLabel,
  childFilesReducer,
  childrenOf,
  MAX_CHILD_FILES,
} from './child-files-state';

const start: ChildFilesState = { module: '', parentKeyColumn: 0, nextId: 1, children: [] };
const add = (state: ChildFilesState, module = 'c1/Leads', field = 'Visits') =>
  childFilesReducer(state, { type: 'add', module, field });

describe('childFilesReducer', () => {
  it('adds, reports and removes child files by id', () => {
    const two = add(add(start), 'c1/Leads', 'Interested_Products');
    expect(two.children.map((c) => [c.id, c.field])).toEqual([
      [1, 'Visits'],
      [2, 'Interested_Products'],
    ]);
    const file = new File(['Lead\n'], 'visits.csv');
    const ready = {
      file,
      parseOptions: {
        encoding: 'utf-8',
        delimiter: ',',
        quoteChar: '"',
        newline: '\n',
        headerRow: 1,
        hasHeader: true,
      } as const,
      field: 'Visits',
      keyColumn: 0,
      mapping: emptyMapping([]),
      dataRows: 0,
      kind: 'subform' as const,
    };
    const reported = childFilesReducer(two, { type: 'report', id: 1, ready, blocker: null });
    expect(reported.children[0]?.ready?.file).toBe(file);
    expect(childFilesReducer(reported, { type: 'remove', id: 1 }).children.map((c) => c.id)).toEqual([2]);
    // Choosing another field drops the ready file until the card reports it again for that field.
    const moved = childFilesReducer(reported, { type: 'field', id: 1, field: 'Assistants' });
    expect([moved.children[0]?.field, moved.children[0]?.ready]).toEqual(['Assistants', null]);
  });

  it('starts a fresh list for another module and shows no children of the old one', () => {
    const leads = add(add(start));
    expect(childrenOf(leads, 'c1/Contacts')).toEqual([]);
    const contacts = add(leads, 'c1/Contacts', 'Other');
    expect(childrenOf(contacts, 'c1/Contacts').map((c) => c.field)).toEqual(['Other']);
    expect(childrenOf(contacts, 'c1/Leads')).toEqual([]);
  });

  it(`takes at most ${MAX_CHILD_FILES} child files (the create body's limit)`, () => {
    let state = start;
    for (let i = 0; i < MAX_CHILD_FILES + 2; i += 1) state = add(state);
    expect(state.children).toHaveLength(MAX_CHILD_FILES);
  });
});

describe('childFieldLabel', () => {
  const base = { isMandatory: false, isUnique: false, isReadOnly: false, isCustom: false };
  it('says how the rows are stored', () => {
    expect(
      childFieldLabel({
        ...base,
        apiName: 'Visits',
        label: 'Visits',
        dataType: 'subform',
        childModule: { kind: 'subform', module: 'Visits' },
      }),
    ).toBe('Visits (subform)');
    expect(
      childFieldLabel({
        ...base,
        apiName: 'Interested_Products',
        label: 'Interested Products',
        dataType: 'multiselectlookup',
        childModule: { kind: 'multiselectlookup', module: 'Leads_X_Products' },
      }),
    ).toBe('Interested Products (multi-select lookup via Leads_X_Products)');
  });
});
