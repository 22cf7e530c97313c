import { decodeSample } from './create-text-decoder';
import { type CsvDelimiter, type CsvParseOptions, DELIMITERS } from './csv-parse-options';
import { detectDelimiter } from './detect-delimiter';
import { detectHeaderRow, type HeaderRowSuggestion } from './detect-header-row';
import { detectNewline } from './detect-newline';
import { detectQuoteChar } from './detect-quote-char';
import { detectTrailingDelimiter } from './detect-trailing-delimiter';
import { type EncodingGuess, sniffEncoding } from './sniff-encoding';

export type DetectedOptions = {
  options: CsvParseOptions;
  encoding: EncodingGuess;
  /** The delimiter Excel's `sep=X` first line named (that line is skipped). */
  sepLine: CsvDelimiter | null;
  /** A likely header row below titles and notes, offered (never applied) while the admin has not chosen one. */
  headerSuggestion: HeaderRowSuggestion | null;
};

/** Excel writes, and honours, a first line `sep=;` naming the delimiter. */
const SEP_LINE = /^sep=(.)\r?\n/i;

function decodeAny(sample: Uint8Array, encoding: string): string {
  try {
    return decodeSample(sample, encoding);
  } catch {
    return decodeSample(sample, 'utf-8');
  }
}

/** Detects what was not overridden, from the first bytes of the file (a few hundred KiB is plenty). */
export function detectParseOptions(
  sample: Uint8Array,
  overrides: Partial<CsvParseOptions> = {},
): DetectedOptions {
  const encoding = sniffEncoding(sample);
  const chosenEncoding = overrides.encoding ?? encoding.encoding;
  const text = decodeAny(sample, chosenEncoding);
  const sepLine = DELIMITERS.find((delimiter) => SEP_LINE.exec(text)?.[1] === delimiter) ?? null;
  const quoteChar = overrides.quoteChar ?? detectQuoteChar(text);
  const newline = overrides.newline ?? detectNewline(text, quoteChar);
  const table = sepLine ? text.replace(SEP_LINE, '') : text;
  const delimiter = overrides.delimiter ?? sepLine ?? detectDelimiter(table, quoteChar, newline);
  const headerRow = overrides.headerRow ?? (sepLine ? 2 : 1);
  const hasTrailingDelimiter =
    overrides.hasTrailingDelimiter ??
    detectTrailingDelimiter(text, { delimiter, quoteChar, newline, headerRow });
  const isHeaderChosen = overrides.headerRow !== undefined || sepLine !== null;
  const headerSuggestion = isHeaderChosen ? null : detectHeaderRow(text, { delimiter, quoteChar, newline });
  return {
    encoding,
    sepLine,
    headerSuggestion,
    options: {
      encoding: chosenEncoding,
      delimiter,
      quoteChar,
      newline,
      headerRow,
      hasHeader: overrides.hasHeader ?? true,
      ...(hasTrailingDelimiter || overrides.hasTrailingDelimiter !== undefined
        ? { hasTrailingDelimiter }
        : {}),
    },
  };
}
