import { describe, expect, it } from 'vitest';
import type { CrmField } from '@/lib/crm/crm-field';
import { childFieldsWithoutParent, parentFieldOf } from './parent-field';

const base = { isMandatory: false, isUnique: false, isReadOnly: false, isCustom: false };
const lookup = (apiName: string, lookupModule: string): CrmField => ({
  ...base,
  apiName,
  label: apiName,
  dataType: 'lookup',
  lookupModule,
  isMandatory: true,
});
const VISITS: CrmField[] = [
  lookup('Parent_Id', 'Leads'),
  { ...base, apiName: 'Visit_Date', label: 'Visit Date', dataType: 'date' },
  { ...base, apiName: 'id', label: 'Record Id', dataType: 'bigint', isReadOnly: true },
];
const LINKS: CrmField[] = [lookup('Products', 'Products'), lookup('Leads', 'Leads')];

describe('parentFieldOf', () => {
  it('is Parent_Id for a subform', () => {
    expect(parentFieldOf('subform', 'Leads', VISITS)?.apiName).toBe('Parent_Id');
  });

  it("is the linking module's lookup to the parent module, not the other lookup", () => {
    expect(parentFieldOf('multiselectlookup', 'Leads', LINKS)?.apiName).toBe('Leads');
    expect(parentFieldOf('multiselectlookup', 'Contacts', LINKS)).toBeUndefined();
  });
});

describe('childFieldsWithoutParent', () => {
  it('leaves out the parent lookup and the record id (children are inserted)', () => {
    expect(childFieldsWithoutParent('subform', 'Leads', VISITS).map((f) => f.apiName)).toEqual([
      'Visit_Date',
    ]);
    expect(childFieldsWithoutParent('multiselectlookup', 'Leads', LINKS).map((f) => f.apiName)).toEqual([
      'Products',
    ]);
  });
});
