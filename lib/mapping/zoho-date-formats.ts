import type { ColumnProfile } from '@/lib/csv/column-profile';

/**
 * The date/datetime patterns we assume Zoho's bulk write accepts (its allowed-formats PDF is not
 * retrievable; these are its defaults, ISO 8601 and the seed's `yyyy/MM/dd`). Java and date-fns read
 * these tokens alike, so one string serves the pre-flight parser and the `format` sent to Zoho.
 */
export const ZOHO_DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy/MM/dd',
  'MM/dd/yyyy',
  'dd/MM/yyyy',
  'dd-MM-yyyy',
  'MM-dd-yyyy',
  'dd.MM.yyyy',
] as const;

export const ZOHO_DATETIME_FORMATS = [
  "yyyy-MM-dd'T'HH:mm:ssXXX",
  "yyyy-MM-dd'T'HH:mm:ss",
  'yyyy-MM-dd HH:mm:ss',
  'MM/dd/yyyy HH:mm:ss',
  'dd/MM/yyyy HH:mm:ss',
] as const;

export function zohoFormatsFor(dataType: 'date' | 'datetime'): readonly string[] {
  return dataType === 'date' ? ZOHO_DATE_FORMATS : ZOHO_DATETIME_FORMATS;
}

/** The preview's detected formats that Zoho accepts, best first; the board preselects the first. */
export function detectedZohoFormats(column: ColumnProfile, dataType: 'date' | 'datetime'): string[] {
  const allowed = zohoFormatsFor(dataType);
  return column.dateFormats.filter((format) => allowed.includes(format));
}
