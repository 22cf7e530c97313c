import Papa from 'papaparse';
import type { CsvParseOptions } from './csv-parse-options';

const SAMPLE_RECORDS = 200;

/**
 * True when the table's first record and every sampled record after it end with an empty field (a delimiter at
 * the end of every line, as some Excel exports write): that field is not a column.
 */
export function detectTrailingDelimiter(
  text: string,
  options: Pick<CsvParseOptions, 'delimiter' | 'quoteChar' | 'newline' | 'headerRow'>,
): boolean {
  const parser = new Papa.Parser({
    delimiter: options.delimiter,
    quoteChar: options.quoteChar,
    newline: options.newline,
    preview: options.headerRow + SAMPLE_RECORDS,
  });
  const records: string[][] = parser.parse(text, 0, true).data;
  // The last record of a cut sample may be cut too.
  const table = records
    .slice(options.headerRow - 1, records.length > SAMPLE_RECORDS ? -1 : undefined)
    .filter((fields) => fields.length > 1 || fields[0] !== '');
  if (table.length < 2) return false;
  return table.every((fields) => fields.length > 1 && fields[fields.length - 1] === '');
}
