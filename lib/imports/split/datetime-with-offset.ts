import 'server-only';
import { TZDate } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';

/** What datetimes are sent as once Fieldmap has given them their offset (one of the formats Zoho takes). */
export const OFFSET_DATETIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX";

/** ISO 8601 dates: what a date in a pattern Zoho does not document is converted to. */
export const ISO_DATE_FORMAT = 'yyyy-MM-dd';

/** A date in `pattern` as ISO 8601; undefined when it does not parse (the bytes go as they are, pre-flight said so). */
export function toIsoDate(value: string, pattern: string): string | undefined {
  if (value.trim() === '') return undefined;
  const day = parse(value.trim(), pattern, new Date(2000, 0, 1));
  return isValid(day) ? format(day, ISO_DATE_FORMAT) : undefined;
}

/** True when a pattern already carries its own offset (the value says which time zone it is in). */
export function hasOffset(pattern: string): boolean {
  return /[XxZzO]/.test(pattern.replace(/'[^']*'/g, ''));
}

/**
 * A datetime written without an offset, read as wall-clock time in `timeZone` (the job setting), as ISO 8601 with
 * that zone's offset on that day (DST included). Undefined when it does not parse: the bytes go as they are and
 * the pre-flight has already said so.
 */
export function withOffset(value: string, pattern: string, timeZone: string): string | undefined {
  if (value.trim() === '') return undefined;
  const wall = parse(value.trim(), pattern, new Date(2000, 0, 1));
  if (!isValid(wall)) return undefined;
  const zoned = new TZDate(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
    timeZone,
  );
  return format(zoned, OFFSET_DATETIME_FORMAT);
}
