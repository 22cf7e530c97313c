import type { SimRecord } from '../store/record-store';

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const icsTime = (value: unknown) =>
  new Date(String(value))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** One VCALENDAR with a VEVENT per meeting (non-recurring demo events). */
export function toIcs(events: SimRecord[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zoho CRM simulator//Fieldmap//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@sim.zoho`,
      `DTSTAMP:${icsTime(event.Modified_Time)}`,
      `DTSTART:${icsTime(event.Start_DateTime)}`,
      `DTEND:${icsTime(event.End_DateTime)}`,
      `SUMMARY:${escapeText(String(event.Event_Title ?? ''))}`,
    );
    if (event.Venue) lines.push(`LOCATION:${escapeText(String(event.Venue))}`);
    if (event.Description) lines.push(`DESCRIPTION:${escapeText(String(event.Description))}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
