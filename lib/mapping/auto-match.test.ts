import { describe, expect, it } from 'vitest';
import { autoMatch } from './auto-match';
import { LEADS_FIELDS, profile, profiles } from './leads-fixture';

function matchedNames(headers: string[]): Record<string, string | undefined> {
  const result = autoMatch(profiles(...headers), LEADS_FIELDS);
  return Object.fromEntries(headers.map((header, index) => [header, result[index]?.apiName]));
}

describe('autoMatch', () => {
  it.each([
    ['last_name', 'Last_Name'],
    ['LAST NAME', 'Last_Name'],
    ['Last-Name', 'Last_Name'],
    ['E-mail', 'Email'],
    ['Surname', 'Last_Name'],
    ['Given name', 'First_Name'],
    ['Mobile phone', 'Mobile'],
    ['Cell', 'Mobile'],
    ['Telephone', 'Phone'],
    ['Postal code', 'Zip_Code'],
    ['ZIP', 'Zip_Code'],
    ['Company name', 'Company'],
    ['No of employees', 'No_of_Employees'],
    ['Lead Sorce', 'Lead_Source'],
    ['First Nme', 'First_Name'],
  ])('matches %s onto %s', (header, apiName) => {
    expect(matchedNames([header])[header]).toBe(apiName);
  });

  it('never puts Last Name onto First Name or the other way round', () => {
    expect(matchedNames(['First Name', 'Last Name'])).toEqual({
      'First Name': 'First_Name',
      'Last Name': 'Last_Name',
    });
    expect(matchedNames(['Last Name'])['Last Name']).toBe('Last_Name');
    expect(matchedNames(['Middle Name'])['Middle Name']).toBeUndefined();
  });

  it('keeps Phone/Mobile and Email/Secondary Email apart', () => {
    expect(matchedNames(['Phone', 'Mobile', 'Email', 'Secondary Email'])).toEqual({
      Phone: 'Phone',
      Mobile: 'Mobile',
      Email: 'Email',
      'Secondary Email': 'Secondary_Email',
    });
  });

  it('leaves two headers wanting one field both unmatched', () => {
    expect(matchedNames(['Mail', 'Email address'])).toEqual({
      Mail: undefined,
      'Email address': undefined,
    });
  });

  it('does not map onto read-only fields', () => {
    expect(matchedNames(['Created Time', 'Record Id'])).toEqual({
      'Created Time': undefined,
      'Record Id': undefined,
    });
  });

  it('sniffs a column of emails onto the only email field left, with lower confidence', () => {
    const columns = [profile(0, 'Email'), profile(1, 'Contact', { inferredType: 'email' })];
    const withSecondary = autoMatch(columns, LEADS_FIELDS);
    expect(withSecondary[1]).toMatchObject({ apiName: 'Secondary_Email', confidence: 0.6 });
    expect(withSecondary[1]?.reason).toMatch(/Values look like emails/);
  });

  it('sniffs a column of emails onto the only user lookup (a multi-user lookup’s linking module), never onto Owner', () => {
    const base = { isMandatory: true, isUnique: false, isReadOnly: false, isCustom: false };
    const linking = [
      { ...base, apiName: 'Users', label: 'Users', dataType: 'userlookup' as const, lookupModule: 'users' },
    ];
    const emails = [profile(0, 'Assistant email', { inferredType: 'email' })];
    expect(autoMatch(emails, linking)[0]).toMatchObject({ apiName: 'Users', confidence: 0.6 });
    expect(autoMatch(emails, linking)[0]?.reason).toMatch(/Users is the only user lookup left/);
    const owner = LEADS_FIELDS.filter((field) => field.apiName === 'Owner');
    expect(autoMatch(emails, owner)[0]).toBeUndefined();
  });

  it('does not sniff phones when Phone and Mobile are both free', () => {
    expect(autoMatch([profile(0, 'Number', { inferredType: 'phone' })], LEADS_FIELDS)[0]).toBeUndefined();
  });

  it('explains each match with a reason and a confidence', () => {
    const result = autoMatch(profiles('Last_Name', 'Surname', 'Citty'), LEADS_FIELDS);
    expect(result[0]).toEqual({
      apiName: 'Last_Name',
      reason: "Header is the field's API name",
      confidence: 1,
    });
    expect(result[2]).toMatchObject({ apiName: 'City', reason: 'Header is spelled like "City"' });
    expect(result[2]?.confidence).toBeLessThan(0.9);
  });
});
