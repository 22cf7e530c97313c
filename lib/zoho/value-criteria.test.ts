import { describe, expect, it } from 'vitest';
import { canLookUp, MAX_CRITERIA, VALUES_PER_CONDITION, valueCriteria } from './value-criteria';

describe('criteria that look records up by many values', () => {
  it('keeps every job within 25 conditions of at most 100 values, and loses no value', () => {
    const values = Array.from({ length: 2_600 }, (_, i) => `v${i}@example.com`);
    const jobs = valueCriteria('Email', values);
    expect(jobs).toHaveLength(2);
    const conditions = jobs.flatMap((job) => ('group' in job ? job.group : [job]));
    expect(jobs.every((job) => !('group' in job) || job.group.length <= MAX_CRITERIA)).toBe(true);
    expect(conditions.every((c) => c.value.length <= VALUES_PER_CONDITION)).toBe(true);
    expect(conditions.flatMap((c) => c.value)).toEqual(values);
    expect(conditions.every((c) => c.comparator === 'in' && c.field.api_name === 'Email')).toBe(true);
  });

  it('sends a lone condition without a group (Zoho refuses a group of one)', () => {
    const [job, ...rest] = valueCriteria('Email', ['a@example.com']);
    expect(rest).toEqual([]);
    expect(job).toEqual({ field: { api_name: 'Email' }, comparator: 'in', value: ['a@example.com'] });
    expect(valueCriteria('Email', [])).toEqual([]);
  });

  it('cannot look up an empty value or one longer than 255 characters', () => {
    expect(canLookUp('')).toBe(false);
    expect(canLookUp('x'.repeat(256))).toBe(false);
    expect(canLookUp('x'.repeat(255))).toBe(true);
  });
});
