import type { SimRecord } from '../store/record-store';

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const utcTime = (value: unknown) =>
  new Date(String(value))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
// Stored datetimes are in the org's zone, so their first ten characters are the local date.
const localDate = (value: unknown, addDays = 0) => {
  const date = new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date.toISOString().slice(0, 10).replace(/-/g, '');
};

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One VCALENDAR with a VEVENT per meeting (the demo org has no recurring events); all-day ones by date. */
export function toIcs(events: SimRecord[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zoho CRM simulator//Fieldmap//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const event of events) {
    const allDay = event.All_day === true;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@sim.zoho`,
      `DTSTAMP:${utcTime(event.Modified_Time)}`,
      allDay
        ? `DTSTART;VALUE=DATE:${localDate(event.Start_DateTime)}`
        : `DTSTART:${utcTime(event.Start_DateTime)}`,
      allDay
        ? `DTEND;VALUE=DATE:${localDate(event.End_DateTime, 1)}`
        : `DTEND:${utcTime(event.End_DateTime)}`,
      `SUMMARY:${escapeText(String(event.Event_Title ?? ''))}`,
    );
    if (event.Venue) lines.push(`LOCATION:${escapeText(String(event.Venue))}`);
    if (event.Description) lines.push(`DESCRIPTION:${escapeText(String(event.Description))}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
