export type DateFormat = {
  /** date-fns pattern, as the pipeline will hand to `parse()`. */
  format: string;
  kind: 'date' | 'datetime';
  pattern: RegExp;
  /** Which capture groups hold year, month, day. */
  year: number;
  month: number;
  day: number;
};

const TIME = '[ T]([01]\\d|2[0-3]):[0-5]\\d';
const D2 = '(\\d{2})';
const D12 = '(\\d{1,2})';
const Y4 = '(\\d{4})';

function format(
  pattern: string,
  kind: DateFormat['kind'],
  regex: string,
  order: 'ymd' | 'dmy' | 'mdy',
): DateFormat {
  const [year, month, day] = order === 'ymd' ? [1, 2, 3] : order === 'dmy' ? [3, 2, 1] : [3, 1, 2];
  return { format: pattern, kind, pattern: new RegExp(`^${regex}$`), year, month, day };
}

// Regexes rather than date-fns parse(): a million values a column must cost microseconds.
export const DATE_FORMATS: DateFormat[] = [
  format('yyyy-MM-dd', 'date', `${Y4}-${D2}-${D2}`, 'ymd'),
  format('yyyy/MM/dd', 'date', `${Y4}/${D2}/${D2}`, 'ymd'),
  format('dd/MM/yyyy', 'date', `${D2}/${D2}/${Y4}`, 'dmy'),
  format('MM/dd/yyyy', 'date', `${D2}/${D2}/${Y4}`, 'mdy'),
  format('d/M/yyyy', 'date', `${D12}/${D12}/${Y4}`, 'dmy'),
  format('M/d/yyyy', 'date', `${D12}/${D12}/${Y4}`, 'mdy'),
  format('dd.MM.yyyy', 'date', `${D2}\\.${D2}\\.${Y4}`, 'dmy'),
  format('d.M.yyyy', 'date', `${D12}\\.${D12}\\.${Y4}`, 'dmy'),
  format('dd-MM-yyyy', 'date', `${D2}-${D2}-${Y4}`, 'dmy'),
  format('MM-dd-yyyy', 'date', `${D2}-${D2}-${Y4}`, 'mdy'),
  format(
    "yyyy-MM-dd'T'HH:mm:ssXXX",
    'datetime',
    `${Y4}-${D2}-${D2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})`,
    'ymd',
  ),
  format(
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    'datetime',
    `${Y4}-${D2}-${D2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})`,
    'ymd',
  ),
  format("yyyy-MM-dd'T'HH:mm:ss", 'datetime', `${Y4}-${D2}-${D2}T\\d{2}:\\d{2}:\\d{2}`, 'ymd'),
  format('yyyy-MM-dd HH:mm:ss', 'datetime', `${Y4}-${D2}-${D2}${TIME}:[0-5]\\d`, 'ymd'),
  format('yyyy-MM-dd HH:mm', 'datetime', `${Y4}-${D2}-${D2}${TIME}`, 'ymd'),
  format('dd/MM/yyyy HH:mm', 'datetime', `${D2}/${D2}/${Y4}${TIME}`, 'dmy'),
  format('MM/dd/yyyy HH:mm', 'datetime', `${D2}/${D2}/${Y4}${TIME}`, 'mdy'),
  format('dd.MM.yyyy HH:mm', 'datetime', `${D2}\\.${D2}\\.${Y4}${TIME}`, 'dmy'),
];

/** Lenient patterns only matter when their zero-padded twin does not fit every value. */
export const LENIENT_TWIN: Record<string, string> = {
  'd/M/yyyy': 'dd/MM/yyyy',
  'M/d/yyyy': 'MM/dd/yyyy',
  'd.M.yyyy': 'dd.MM.yyyy',
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function matchesDateFormat(value: string, candidate: DateFormat): boolean {
  const match = candidate.pattern.exec(value);
  if (!match) return false;
  const month = Number(match[candidate.month]);
  const day = Number(match[candidate.day]);
  const year = Number(match[candidate.year]);
  if (month < 1 || month > 12 || day < 1 || year < 1000 || day > (DAYS_IN_MONTH[month - 1] ?? 0))
    return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}
