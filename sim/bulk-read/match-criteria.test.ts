import { describe, expect, it } from 'vitest';
import { findModule, type ModuleDef } from '../demo-org/modules';
import { IdSequence } from '../ids';
import { RecordStore, type SimRecord } from '../store/record-store';
import { type Criteria, EMPTY, matchesCriteria } from './match-criteria';
import { resolveField } from './resolve-field';
import { resolveValue } from './resolve-value';

const store = new RecordStore(new IdSequence());
const contacts = findModule('Contacts') as ModuleDef;
const leads = findModule('Leads') as ModuleDef;
const account = store.insert('Accounts', { Account_Name: 'Acme', Phone: '+1 415 555 0100' });
const contact = store.insert('Contacts', {
  Last_Name: 'Boyle',
  Email: 'p.boyle@example.com',
  Lead_Source: 'Advertisement',
  Owner: { id: '5725767000000225027', name: 'Ravi Kumar' },
  Account_Name: { id: account.id, name: 'Acme' },
  Date_of_Birth: '1980-06-15',
  Email_Opt_Out: false,
});
const lead = store.insert('Leads', {
  Last_Name: 'Nguyen',
  No_of_Employees: 120,
  Annual_Revenue: 2500.5,
  Interests: ['CRM', 'Analytics'],
  Last_Webinar: '2024-03-01T10:00:00-08:00',
});

const matches = (module: ModuleDef, record: SimRecord, criteria: Criteria) =>
  matchesCriteria(criteria, (path) => ({
    field: resolveField(module, path),
    value: resolveValue(store, module, record, path),
  }));
const on = (field: string, comparator: string, value: unknown) => ({ field, comparator, value });

describe('bulk read criteria', () => {
  it('follows lookups to the related record and user (seed 002 criteria)', () => {
    const seed: Criteria = {
      group_operator: 'or',
      group: [
        on('Lead_Source', 'equal', 'Trade Show'),
        on('Owner.last_name', 'equal', 'Boyle'),
        on('Account_Name.Phone', 'contains', '555'),
      ],
    };
    expect(matches(contacts, contact, seed)).toBe(true);
    expect(matches(contacts, contact, on('Owner.last_name', 'equal', 'kumar'))).toBe(true);
    expect(matches(contacts, contact, on('Account_Name.Phone', 'contains', '999'))).toBe(false);
    expect(matches(contacts, contact, on('Account_Name', 'equal', account.id))).toBe(true);
  });

  it('nests and/or groups', () => {
    const criteria: Criteria = {
      group_operator: 'and',
      group: [
        on('Last_Name', 'starts_with', 'bo'),
        {
          group_operator: 'or',
          group: [
            on('Email', 'ends_with', '@nowhere.test'),
            on('Lead_Source', 'in', ['Web', 'Advertisement']),
          ],
        },
      ],
    };
    expect(matches(contacts, contact, criteria)).toBe(true);
    expect(
      matches(contacts, contact, {
        ...criteria,
        group_operator: 'and',
        group: [on('Last_Name', 'not_contains', 'oyl'), criteria],
      }),
    ).toBe(false);
  });

  it('compares numbers as numbers, not as text', () => {
    expect(matches(leads, lead, on('No_of_Employees', 'greater_than', 99))).toBe(true);
    expect(matches(leads, lead, on('No_of_Employees', 'less_equal', '120'))).toBe(true);
    expect(matches(leads, lead, on('No_of_Employees', 'less_than', 13))).toBe(false);
    expect(matches(leads, lead, on('Annual_Revenue', 'not_in', [1, 2500.5]))).toBe(false);
  });

  it('compares dates and datetimes as instants', () => {
    expect(matches(contacts, contact, on('Date_of_Birth', 'between', ['1980-01-01', '1980-12-31']))).toBe(
      true,
    );
    expect(matches(contacts, contact, on('Date_of_Birth', 'not_between', ['1980-01-01', '1980-12-31']))).toBe(
      false,
    );
    // Same instant written in another offset.
    expect(matches(leads, lead, on('Last_Webinar', 'equal', '2024-03-01T18:00:00+00:00'))).toBe(true);
    expect(matches(leads, lead, on('Last_Webinar', 'greater_equal', '2024-03-01T19:00:00+01:00'))).toBe(true);
    expect(matches(leads, lead, on('Last_Webinar', 'less_than', '2024-03-01T09:59:59-08:00'))).toBe(false);
  });

  it('matches booleans, multi-select values and the EMPTY token', () => {
    expect(matches(contacts, contact, on('Email_Opt_Out', 'equal', false))).toBe(true);
    expect(matches(contacts, contact, on('Email_Opt_Out', 'equal', 'true'))).toBe(false);
    expect(matches(leads, lead, on('Interests', 'equal', 'analytics'))).toBe(true);
    expect(matches(leads, lead, on('Interests', 'contains', 'CRM'))).toBe(true);
    expect(matches(leads, lead, on('Email', 'equal', EMPTY))).toBe(true);
    expect(matches(leads, lead, on('Email', 'not_equal', EMPTY))).toBe(false);
    expect(matches(contacts, contact, on('Account_Name', 'not_equal', EMPTY))).toBe(true);
  });
});
