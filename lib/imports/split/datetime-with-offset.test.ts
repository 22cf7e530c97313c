import { describe, expect, it } from 'vitest';
import { hasOffset, withOffset } from './datetime-with-offset';

describe('datetimes without an offset, read in the time zone the admin chose', () => {
  it("gives each value its zone's offset on that day, summer time included", () => {
    expect(withOffset('2025-01-15 09:30:00', 'yyyy-MM-dd HH:mm:ss', 'Europe/Paris')).toBe(
      '2025-01-15T09:30:00+01:00',
    );
    expect(withOffset('2025-07-15 09:30:00', 'yyyy-MM-dd HH:mm:ss', 'Europe/Paris')).toBe(
      '2025-07-15T09:30:00+02:00',
    );
    expect(withOffset('07/04/2025 18:00:00', 'MM/dd/yyyy HH:mm:ss', 'America/New_York')).toBe(
      '2025-07-04T18:00:00-04:00',
    );
    expect(withOffset('2025-07-15 09:30:00', 'yyyy-MM-dd HH:mm:ss', 'UTC')).toBe('2025-07-15T09:30:00Z');
  });

  it('leaves empty and unparseable values alone, and knows which patterns already carry an offset', () => {
    expect(withOffset('', 'yyyy-MM-dd HH:mm:ss', 'UTC')).toBeUndefined();
    expect(withOffset('tomorrow', 'yyyy-MM-dd HH:mm:ss', 'UTC')).toBeUndefined();
    expect(hasOffset("yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(true);
    expect(hasOffset("yyyy-MM-dd'T'HH:mm:ss")).toBe(false);
  });
});
