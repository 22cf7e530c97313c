import { type ColumnProfiler, createColumnProfiler } from './create-column-profiler';
import { createRecordReader, type ReaderEnd } from './create-record-reader';
import { MAX_FIELD_CHARS } from './csv-limits';
import type { CsvParseOptions } from './csv-parse-options';
import { createProblemCollector } from './csv-problems';
import { dedupeHeaders, numberedHeaders } from './dedupe-headers';
import { reportEnd, reportHeaderRenames } from './report-problems';
import { hasMojibake } from './unlikely-text';

const PREVIEW_CELL_CHARS = 10_000;

export type PreviewRow = { record: number; cells: string[] };

function isBlank(fields: string[]): boolean {
  return fields.length === 1 && fields[0] === '';
}

/** One pass over a file's text: header handling, problems, column profiles and the first rows for the grid. */
export function createCsvScan(options: CsvParseOptions, previewLimit: number) {
  const problems = createProblemCollector();
  const preview: PreviewRow[] = [];
  let headers: string[] | null = null;
  let profiler: ColumnProfiler | null = null;
  let rows = 0;
  // Once the decoder has produced a U+FFFD, every later row is checked for one (a row may span chunks).
  let hasSeenReplacement = false;
  let hasSeenMojibake = false;
  let stopped: ReaderEnd | null = null;

  /** Never a silent mojibake: text the decoder could not read, or read into unlikely characters, is a problem. */
  function checkText(fields: string[], record: number, line: number): void {
    if (hasSeenReplacement && fields.some((field) => field.includes('\uFFFD'))) {
      problems.add(
        'invalid_bytes',
        record,
        line,
        `Records with bytes that are not valid ${options.encoding}`,
      );
    }
    if (hasSeenMojibake && fields.some(hasMojibake)) {
      problems.add(
        'unlikely_text',
        record,
        line,
        `Records with text that looks misread (such as "Ã©" or control characters): the file may not be ${options.encoding}`,
      );
    }
  }

  function start(fields: string[]): void {
    if (options.hasHeader) {
      const deduped = dedupeHeaders(fields);
      headers = deduped.headers;
      reportHeaderRenames(problems, deduped.renames, options.headerRow);
    } else headers = numberedHeaders(fields.length);
    profiler = createColumnProfiler(headers);
  }

  function addRow(
    fields: string[],
    record: number,
    line: number,
    columns: string[],
    rowProfiler: ColumnProfiler,
  ): void {
    rows++;
    if (fields.length > columns.length)
      problems.add('too_many_fields', record, line, 'Rows with more fields than headers');
    else if (fields.length < columns.length)
      problems.add('too_few_fields', record, line, 'Rows with fewer fields than headers');
    for (const field of fields) {
      if (field.length > MAX_FIELD_CHARS) problems.add('field_too_long', record, line, 'Fields over 128 KiB');
    }
    rowProfiler.add(fields);
    if (preview.length < previewLimit) {
      preview.push({ record, cells: fields.map((cell) => cell.slice(0, PREVIEW_CELL_CHARS)) });
    }
  }

  function onRecord(fields: string[], record: number, line: number): void {
    if (record < options.headerRow || isBlank(fields)) return;
    if (options.hasTrailingDelimiter && fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    checkText(fields, record, line);
    if (!headers) {
      start(fields);
      if (options.hasHeader) return;
    }
    if (headers && profiler) addRow(fields, record, line, headers, profiler);
  }

  const reader = createRecordReader(options, onRecord);

  return {
    push(text: string): boolean {
      if (!hasSeenReplacement) hasSeenReplacement = text.includes('\uFFFD');
      if (!hasSeenMojibake) hasSeenMojibake = hasMojibake(text);
      stopped = reader.push(text);
      return stopped === null;
    },
    end(): void {
      const ending = stopped ?? reader.end();
      reportEnd(problems, ending, headers !== null && rows === 0);
    },
    get rows() {
      return rows;
    },
    get headers() {
      return headers;
    },
    get isStopped() {
      return stopped !== null;
    },
    preview: () => preview,
    problems: () => problems.list(),
    profiles: () => profiler?.profiles() ?? [],
  };
}

export type CsvScan = ReturnType<typeof createCsvScan>;
