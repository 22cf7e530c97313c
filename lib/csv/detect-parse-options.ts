import { decodeSample } from './create-text-decoder';
import type { CsvParseOptions } from './csv-parse-options';
import { detectDelimiter } from './detect-delimiter';
import { detectNewline } from './detect-newline';
import { detectQuoteChar } from './detect-quote-char';
import { type EncodingGuess, sniffEncoding } from './sniff-encoding';

export type DetectedOptions = { options: CsvParseOptions; encoding: EncodingGuess };

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
  const quoteChar = overrides.quoteChar ?? detectQuoteChar(text);
  const newline = overrides.newline ?? detectNewline(text, quoteChar);
  const delimiter = overrides.delimiter ?? detectDelimiter(text, quoteChar, newline);
  return {
    encoding,
    options: {
      encoding: chosenEncoding,
      delimiter,
      quoteChar,
      newline,
      headerRow: overrides.headerRow ?? 1,
      hasHeader: overrides.hasHeader ?? true,
    },
  };
}
