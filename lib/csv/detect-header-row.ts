import Papa from 'papaparse';
import type { CsvParseOptions } from './csv-parse-options';

const SAMPLE_RECORDS = 60;
/** Share of a header's cells that must be filled, and of the rows after it that must be as wide. */
const FILLED_SHARE = 0.8;

export type HeaderRowSuggestion = {
  /** 1-based record number of the likely header. */
  row: number;
  header: string[];
  /** The non-blank records above it (titles, dates, notes), as text. */
  above: string[];
};

function filled(fields: string[]): number {
  return fields.filter((field) => field.trim() !== '').length;
}

function modalWidth(records: string[][]): number {
  const counts = new Map<number, number>();
  for (const fields of records)
    if (filled(fields) > 1) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
  let [width, seen] = [0, 0];
  for (const [count, times] of counts)
    if (times > seen || (times === seen && count > width)) [width, seen] = [count, times];
  return width;
}

/**
 * Rows above the real header (a title, an export date, blank lines) are common in exports: the likely header is
 * the first record that fills the table's width, with the records after it as wide. Null when it is record 1.
 */
export function detectHeaderRow(
  text: string,
  options: Pick<CsvParseOptions, 'delimiter' | 'quoteChar' | 'newline'>,
): HeaderRowSuggestion | null {
  const parser = new Papa.Parser({ ...options, preview: SAMPLE_RECORDS });
  const records: string[][] = parser.parse(text, 0, true).data;
  const width = modalWidth(records);
  if (width < 2) return null;
  const isTableRow = (fields: string[]) => fields.length >= width - 1 && filled(fields) >= width * 0.5;
  for (let index = 0; index < records.length; index++) {
    const fields = records[index] ?? [];
    if (filled(fields.slice(0, width)) < width * FILLED_SHARE || fields.length < width) continue;
    const after = records.slice(index + 1).filter((next) => filled(next) > 0);
    if (after.length === 0 || after.filter(isTableRow).length < after.length * FILLED_SHARE) continue;
    if (index === 0) return null;
    const above = records
      .slice(0, index)
      .filter((row) => filled(row) > 0)
      .map((row) => row.filter((field) => field.trim() !== '').join(' '));
    return { row: index + 1, header: fields, above };
  }
  return null;
}
