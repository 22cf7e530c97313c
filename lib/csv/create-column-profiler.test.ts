import { describe, expect, it } from 'vitest';
import { createColumnProfiler } from './create-column-profiler';

function profileOf(values: string[]) {
  const profiler = createColumnProfiler(['column']);
  for (const value of values) profiler.add([value]);
  const [profile] = profiler.profiles();
  if (!profile) throw new Error('no profile');
  return profile;
}

describe('createColumnProfiler', () => {
  it.each([
    ['email', ['ada@example.com', 'alan.turing@example.co.uk']],
    ['phone', ['+44 20 7946 0958', '(212) 555-0100']],
    ['url', ['https://example.com/a', 'www.example.org']],
    ['integer', ['1', '-20', '300']],
    ['decimal', ['1.5', '20', '-3,25']],
    ['currency', ['$1,200.50', '€ 5', '12 EUR']],
    ['boolean', ['true', 'No', 'Y']],
    ['text', ['hello', '42']],
    ['empty', ['', '  ']],
  ])('infers %s', (type, values) => {
    expect(profileOf(values).inferredType).toBe(type);
  });

  it('finds date and datetime formats, keeping every format that fits', () => {
    expect(profileOf(['2024-01-31', '2023-12-01'])).toMatchObject({
      inferredType: 'date',
      dateFormats: ['yyyy-MM-dd'],
    });
    expect(profileOf(['13/02/2024', '01/12/2024']).dateFormats).toEqual(['dd/MM/yyyy']);
    expect(profileOf(['01/02/2024', '03/04/2024']).dateFormats).toEqual(['dd/MM/yyyy', 'MM/dd/yyyy']);
    expect(profileOf(['1/2/2024', '13/12/2024']).dateFormats).toEqual(['d/M/yyyy']);
    expect(profileOf(['2024-01-31 10:15:00'])).toMatchObject({
      inferredType: 'datetime',
      dateFormats: ['yyyy-MM-dd HH:mm:ss'],
    });
    expect(profileOf(['2024-02-30']).inferredType).not.toBe('date');
    expect(profileOf(['2024-02-29']).inferredType).toBe('date');
    expect(profileOf(['2023-02-29']).inferredType).not.toBe('date');
  });

  it('counts fill rate, longest value and a few distinct samples', () => {
    expect(profileOf(['a', '', 'bbb', 'a', '', 'cc'])).toMatchObject({
      filled: 4,
      total: 6,
      distinct: 3,
      maxLength: 3,
      samples: ['a', 'bbb', 'cc'],
    });
  });

  it('estimates distinct values within 10 % in constant memory', () => {
    const profiler = createColumnProfiler(['id']);
    for (let i = 0; i < 200_000; i++) profiler.add([`customer-${i % 50_000}`]);
    const distinct = profiler.profiles()[0]?.distinct ?? 0;
    expect(Math.abs(distinct - 50_000) / 50_000).toBeLessThan(0.1);
  });
});
