import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ORG } from './demo-org/org';

let cachedSecond = -1;
let cachedText = '';

/** `2021-05-11T12:38:29+05:30`: second precision in the org's time zone, as Zoho writes times. */
export function zohoTime(date: Date = new Date()): string {
  // Imports stamp thousands of records a second; formatting in a time zone is the costly part.
  const second = Math.floor(date.getTime() / 1000);
  if (second !== cachedSecond) {
    cachedSecond = second;
    cachedText = format(new TZDate(date, ORG.time_zone), "yyyy-MM-dd'T'HH:mm:ssXXX");
  }
  return cachedText;
}
