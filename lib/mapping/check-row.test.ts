import { describe, expect, it } from 'vitest';
import { checkRow } from './check-row';
import { LEADS_FIELDS } from './leads-fixture';
import { emptyMapping } from './mapping-state';
import { mapColumn } from './transitions';

let mapping = emptyMapping([0, 1, 2, 3, 4, 5, 6]);
mapping = mapColumn(mapping, 0, 'Last_Name');
mapping = mapColumn(mapping, 1, 'Email');
mapping = mapColumn(mapping, 2, 'Preferred_Contact_Date', { format: 'dd/MM/yyyy' });
mapping = mapColumn(mapping, 3, 'No_of_Employees');
mapping = mapColumn(mapping, 4, 'Lead_Source', { valueMap: { Fair: 'Trade Show' } });
mapping = mapColumn(mapping, 5, 'Phone');
mapping = mapColumn(mapping, 6, 'Owner', { findBy: 'email', defaultValue: 'a@b.co' });

const codes = (values: string[]) =>
  checkRow(values, mapping, LEADS_FIELDS).map((i) => `${i.code}-${i.apiName}`);

describe('checkRow', () => {
  it('passes a good row', () => {
    expect(codes(['Lovelace', 'ada@example.com', '10/12/1815', '12', 'Web', '+44 20 1234', ''])).toEqual([]);
  });

  it('skips a row whose mandatory field is empty, like Zoho', () => {
    expect(codes([' ', 'ada@example.com'])).toEqual(['MANDATORY_NOT_FOUND-Last_Name']);
  });

  it("skips values that don't parse for the field's type or format", () => {
    expect(codes(['L', 'not-an-email', '1815-12-10', '12.5', 'Web', 'call me'])).toEqual([
      'INVALID_DATA-Email',
      'INVALID_DATA-Preferred_Contact_Date',
      'INVALID_DATA-No_of_Employees',
      'INVALID_DATA-Phone',
    ]);
    expect(codes(['L', '', '31/02/2020'])).toEqual(['INVALID_DATA-Preferred_Contact_Date']);
  });

  it('skips values longer than the field', () => {
    const [issue] = checkRow(['x'.repeat(81)], mapping, LEADS_FIELDS);
    expect(issue).toMatchObject({ code: 'INVALID_DATA', message: '81 characters; Last Name takes 80' });
  });

  it('warns that unknown picklist values are added, after the value map', () => {
    expect(codes(['L', '', '', '', 'Fair'])).toEqual([]);
    expect(codes(['L', '', '', '', 'Billboard'])).toEqual(['PICKLIST_VALUE_ADDED-Lead_Source']);
  });

  it("uses the layout's mandatory fields", () => {
    const layouts = [{ id: 'L', name: 'Standard', mandatoryFields: ['Company'] }];
    const withCompany = mapColumn(mapping, 5, 'Company');
    const issues = checkRow(['L'], withCompany, LEADS_FIELDS, { layouts });
    expect(issues.map((i) => i.apiName)).toEqual(['Company']);
  });
});
