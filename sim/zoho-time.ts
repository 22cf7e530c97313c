import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ORG } from './demo-org/org';

/** `2021-05-11T12:38:29+05:30`: second precision in the org's time zone, as Zoho writes times. */
export function zohoTime(date: Date = new Date()): string {
  return format(new TZDate(date, ORG.time_zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}
