import type { CsvParseOptions } from './csv-parse-options';

function countFieldStarts(text: string, quote: string): number {
  const escaped = quote === '"' ? '"' : "'";
  const pattern = new RegExp(`(^|[,;\\t|:\\n])${escaped}`, 'g');
  return text.match(pattern)?.length ?? 0;
}

/** Double quotes unless the sample only ever opens fields with single quotes. */
export function detectQuoteChar(text: string): CsvParseOptions['quoteChar'] {
  const double = countFieldStarts(text, '"');
  const single = countFieldStarts(text, "'");
  return double === 0 && single >= 2 ? "'" : '"';
}
