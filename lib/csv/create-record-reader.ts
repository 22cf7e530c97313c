import Papa from 'papaparse';
import { MAX_RECORD_CHARS } from './csv-limits';
import type { CsvParseOptions } from './csv-parse-options';

export type CsvRecord = {
  /** 1-based record number in the file (the header, if any, is a record too). */
  record: number;
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
};

export type ReaderEnd =
  | { kind: 'complete'; unclosedQuote: { record: number; line: number } | null }
  | { kind: 'runaway-quote'; record: number; line: number };

type ParseResult = { data: string[][]; errors: { code: string }[]; meta: { cursor: number } };

function countChar(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/**
 * Feeds decoded text to papaparse's low-level parser, carrying the unfinished last record into the next
 * chunk, and numbers records itself (papaparse's numbers restart per chunk).
 */
export function createRecordReader(
  options: Pick<CsvParseOptions, 'delimiter' | 'quoteChar' | 'newline'>,
  // One call per record rather than an object per record: at millions of rows the allocations dominate.
  onRecord: (fields: string[], record: number, line: number) => void,
) {
  const parser = new Papa.Parser({
    delimiter: options.delimiter,
    quoteChar: options.quoteChar,
    newline: options.newline,
  });
  const lineChar = options.newline === '\r' ? '\r' : '\n';
  let partial = '';
  let nextRecord = 1;
  let nextLine = 1;

  /** `consumedLines`: line breaks in the parsed text; when it equals the row count no field holds one. */
  function emit(rows: string[][], consumedLines: number): void {
    const hasInnerBreaks = consumedLines > rows.length;
    for (let i = 0; i < rows.length; i++) {
      const fields = rows[i] ?? [];
      const line = nextLine;
      nextLine += 1;
      if (hasInnerBreaks) {
        for (const field of fields) if (field.includes(lineChar)) nextLine += countChar(field, lineChar);
      }
      onRecord(fields, nextRecord++, line);
    }
  }

  function push(text: string): ReaderEnd | null {
    const input = partial + text;
    const result: ParseResult = parser.parse(input, 0, true);
    partial = input.slice(result.meta.cursor);
    emit(result.data, countChar(input, lineChar) - countChar(partial, lineChar));
    if (partial.length > MAX_RECORD_CHARS)
      return { kind: 'runaway-quote', record: nextRecord, line: nextLine };
    return null;
  }

  function end(): ReaderEnd {
    if (partial === '') return { kind: 'complete', unclosedQuote: null };
    const result: ParseResult = parser.parse(partial, 0, false);
    const isUnclosed = result.errors.some((error) => error.code === 'MissingQuotes');
    const at = { record: nextRecord, line: nextLine };
    partial = '';
    emit(result.data, Number.POSITIVE_INFINITY);
    return { kind: 'complete', unclosedQuote: isUnclosed ? at : null };
  }

  return { push, end };
}

export type RecordReader = ReturnType<typeof createRecordReader>;
