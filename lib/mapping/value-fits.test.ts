import { describe, expect, it } from 'vitest';
import type { CrmField } from '@/lib/crm/crm-field';
import { LEADS_FIELDS } from './leads-fixture';
import { comparableValue, valueProblem } from './value-fits';

const field = (apiName: string): CrmField => {
  const found = LEADS_FIELDS.find((f) => f.apiName === apiName);
  if (!found) throw new Error(apiName);
  return found;
};
const code = (value: string, apiName: string, format?: string) =>
  valueProblem(value, field(apiName), format)?.code;

describe('valueProblem (the simulator’s INVALID_DATA rules)', () => {
  it('checks emails, and their 100-character default length', () => {
    expect(code('ada@example.com', 'Email')).toBeUndefined();
    expect(code('ada(at)example', 'Email')).toBe('invalid_value');
    expect(code(`${'a'.repeat(95)}@x.com`, 'Email')).toBe('too_long');
  });

  it('takes phone digits with + - ( ) . and spaces, at most 30', () => {
    expect(code('+44 (20) 7946-0001', 'Phone')).toBeUndefined();
    expect(code('call me', 'Phone')).toBe('invalid_value');
    expect(code('1'.repeat(31), 'Phone')).toBe('too_long');
  });

  it('takes whole numbers of at most 9 digits for integers', () => {
    expect(code('-123456789', 'No_of_Employees')).toBeUndefined();
    expect(code('1234567890', 'No_of_Employees')).toBe('invalid_value');
    expect(code('12.5', 'No_of_Employees')).toBe('invalid_value');
  });

  it('takes amounts with thousands separators, at most 16 digits before the point', () => {
    expect(code('1,234.50', 'Annual_Revenue')).toBeUndefined();
    expect(code('.5', 'Annual_Revenue')).toBeUndefined();
    expect(code('12 EUR', 'Annual_Revenue')).toBe('invalid_value');
    expect(code('12345678901234567', 'Annual_Revenue')).toBe('invalid_value');
  });

  it('takes only true or false for booleans', () => {
    expect(code('TRUE', 'Email_Opt_Out')).toBeUndefined();
    expect(code('yes', 'Email_Opt_Out')).toBe('invalid_value');
  });

  it('parses dates and datetimes with the chosen format only', () => {
    expect(code('24/12/2024', 'Preferred_Contact_Date', 'dd/MM/yyyy')).toBeUndefined();
    expect(code('2024-12-24', 'Preferred_Contact_Date', 'dd/MM/yyyy')).toBe('invalid_value');
    expect(code('31/02/2024', 'Preferred_Contact_Date', 'dd/MM/yyyy')).toBe('invalid_value');
    expect(code('2024-12-24 10:00:00', 'Last_Webinar', 'yyyy-MM-dd HH:mm:ss')).toBeUndefined();
    expect(code('2024-12-24', 'Last_Webinar', 'yyyy-MM-dd HH:mm:ss')).toBe('invalid_value');
  });

  it('checks text against the field length (255 when metadata gives none)', () => {
    expect(code('x'.repeat(80), 'Last_Name')).toBeUndefined();
    expect(valueProblem('x'.repeat(81), field('Last_Name'))).toEqual({
      code: 'too_long',
      detail: '81 characters; Last Name takes 80',
    });
    expect(code('x'.repeat(256), 'Website')).toBe('too_long');
  });

  it('leaves lookups to Zoho', () => {
    expect(code('not an email', 'Owner')).toBeUndefined();
  });

  it('compares unique values case-insensitively and numbers as numbers', () => {
    expect(comparableValue(' Ada@Example.com', field('Email'))).toBe('ada@example.com');
    expect(comparableValue('1,000', field('Annual_Revenue'))).toBe(
      comparableValue('1000.00', field('Annual_Revenue')),
    );
  });
});
