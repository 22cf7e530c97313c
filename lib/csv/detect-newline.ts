import type { CsvParseOptions } from './csv-parse-options';

/** The first line break outside quotes decides; a file without one reads as `\n`. */
export function detectNewline(text: string, quoteChar: string): CsvParseOptions['newline'] {
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === quoteChar) isQuoted = !isQuoted;
    else if (!isQuoted && char === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!isQuoted && char === '\n') return '\n';
  }
  return '\n';
}
