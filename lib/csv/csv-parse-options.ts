import { z } from 'zod';

export const DELIMITERS = [',', ';', '\t', '|', ':'] as const;
export const QUOTE_CHARS = ['"', "'"] as const;
export const NEWLINES = ['\n', '\r\n', '\r'] as const;

export const csvParseOptionsSchema = z.object({
  /** A WHATWG TextDecoder label, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: z.string().min(1),
  delimiter: z.enum(DELIMITERS),
  quoteChar: z.enum(QUOTE_CHARS),
  newline: z.enum(NEWLINES),
  /** 1-based record number where the table starts (the header, or the first data row); records above are dropped. */
  headerRow: z.number().int().min(1),
  hasHeader: z.boolean(),
  /** Every line ends with a delimiter (Excel's habit): the empty last field is not a column. */
  hasTrailingDelimiter: z.boolean().optional(),
});

/** How to read one CSV file: chosen in the preview, kept with the import for the server-side split. */
export type CsvParseOptions = z.infer<typeof csvParseOptionsSchema>;
export type CsvDelimiter = CsvParseOptions['delimiter'];

export const DEFAULT_PARSE_OPTIONS: CsvParseOptions = {
  encoding: 'utf-8',
  delimiter: ',',
  quoteChar: '"',
  newline: '\n',
  headerRow: 1,
  hasHeader: true,
};

export const DELIMITER_LABELS: Record<CsvDelimiter, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Pipe (|)',
  ':': 'Colon (:)',
};

/** Labels every browser's TextDecoder knows; offered in the encoding picker. */
export const ENCODING_CHOICES = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'utf-32le',
  'utf-32be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'koi8-r',
  'macintosh',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'euc-kr',
  'gb18030',
  'big5',
] as const;
