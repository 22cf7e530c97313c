import { describe, expect, it } from 'vitest';
import type { SimRecord } from '../store/record-store';
import { toIcs } from './to-ics';

const event = (values: Partial<SimRecord>): SimRecord => ({
  id: '5725767000010000001',
  Created_Time: '2026-11-01T08:00:00-07:00',
  Modified_Time: '2026-11-01T08:00:00-07:00',
  ...values,
});

describe('ICS export', () => {
  it('writes timed meetings in UTC and all-day ones as dates with an exclusive end', () => {
    const ics = toIcs([
      event({
        Event_Title: 'Review, Q4; final',
        Start_DateTime: '2026-12-02T10:00:00-08:00',
        End_DateTime: '2026-12-02T11:00:00-08:00',
      }),
      event({
        id: '5725767000010000002',
        Event_Title: 'Offsite',
        All_day: true,
        Start_DateTime: '2026-12-31T00:00:00-08:00',
        End_DateTime: '2026-12-31T23:59:00-08:00',
      }),
    ]);
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART:20261202T180000Z');
    expect(lines).toContain('DTEND:20261202T190000Z');
    expect(lines).toContain('SUMMARY:Review\\, Q4\\; final');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('folds lines longer than 75 octets, never inside a multi-byte character', () => {
    const description = 'Zoho ✓ '.repeat(40);
    const ics = toIcs([
      event({
        Event_Title: 'Long',
        Start_DateTime: '2026-12-02T10:00:00-08:00',
        End_DateTime: '2026-12-02T11:00:00-08:00',
        Description: description,
      }),
    ]);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${description}`);
  });
});
