import { describe, expect, it } from 'vitest';
import { isChildRows, recordTitle, recordValue, shownFields } from './record-value';

describe('showing a sandbox record', () => {
  const lead = {
    id: '1',
    Last_Name: 'Lovelace',
    First_Name: 'Ada',
    Owner: { id: '9', name: 'Patricia Boyle', email: 'p@example.com' },
    Email: '',
    Email_Opt_Out: false,
    Visits: [{ id: '2', Notes: 'demo', Parent_Id: { id: '1', name: 'Lovelace' } }],
    Interested_Products: [],
  };

  it('names lookups by name, leaves out empty and bookkeeping fields, and keeps child rows apart', () => {
    expect(recordTitle(lead)).toBe('Ada Lovelace');
    expect(shownFields(lead)).toEqual([
      ['Last_Name', 'Lovelace'],
      ['First_Name', 'Ada'],
      ['Owner', 'Patricia Boyle'],
      ['Email_Opt_Out', 'No'],
    ]);
    expect(isChildRows(lead.Visits)).toBe(true);
    expect(isChildRows(['a', 'b'])).toBe(false);
    expect(recordValue(['Red', 'Blue'])).toBe('Red, Blue');
  });
});
