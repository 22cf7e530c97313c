import Papa from 'papaparse';
import { type CsvDelimiter, type CsvParseOptions, DELIMITERS } from './csv-parse-options';

const SAMPLE_RECORDS = 50;

type Score = { delimiter: CsvDelimiter; consistency: number; fields: number };

function scoreDelimiter(
  text: string,
  delimiter: CsvDelimiter,
  quoteChar: string,
  newline: CsvParseOptions['newline'],
): Score {
  const parser = new Papa.Parser({ delimiter, quoteChar, newline, preview: SAMPLE_RECORDS + 1 });
  const rows: string[][] = parser.parse(text, 0, true).data;
  const counts = rows.filter((row) => row.length > 1 || row[0] !== '').map((row) => row.length);
  if (counts.length === 0) return { delimiter, consistency: 0, fields: 1 };
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let [fields, modeCount] = [1, 0];
  for (const [count, seen] of frequency) {
    if (seen > modeCount || (seen === modeCount && count > fields)) [fields, modeCount] = [count, seen];
  }
  return { delimiter, consistency: fields > 1 ? modeCount / counts.length : 0, fields };
}

/** The candidate that splits the sample's records into the same number (>1) of fields most often. */
export function detectDelimiter(
  text: string,
  quoteChar: CsvParseOptions['quoteChar'],
  newline: CsvParseOptions['newline'],
): CsvDelimiter {
  const scores = DELIMITERS.map((delimiter) => scoreDelimiter(text, delimiter, quoteChar, newline));
  scores.sort((a, b) => b.consistency - a.consistency || b.fields - a.fields);
  const best = scores[0];
  return best && best.consistency > 0 ? best.delimiter : ',';
}
