import { describe, expect, it } from 'vitest';
import type { CrmField } from '@/lib/crm/crm-field';
import { findByChoices } from './default-options';

const lookup = (apiName: string, lookupModule: string) =>
  ({ apiName, label: apiName, dataType: 'lookup', lookupModule }) as CrmField;

describe('ways to find a lookup’s record', () => {
  it('offers Name only when the target module has a Name field', () => {
    expect(findByChoices(lookup('Deal', 'Deals'), ['id', 'Deal_Name', 'Stage'])).toEqual(['id']);
    expect(findByChoices(lookup('Project', 'Projects'), ['id', 'Name', 'Budget'])).toEqual(['id', 'Name']);
    expect(findByChoices(lookup('Deal', 'Deals'))).toEqual(['id']);
  });

  it('finds accounts by their name and users by e-mail or id', () => {
    expect(findByChoices(lookup('Account_Name', 'Accounts'))).toEqual(['Account_Name', 'id']);
    expect(findByChoices({ apiName: 'Owner', label: 'Owner', dataType: 'ownerlookup' } as CrmField)).toEqual([
      'email',
      'id',
    ]);
  });
});
