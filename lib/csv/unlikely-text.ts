/**
 * Text no one types: replacement characters (bytes the decoder could not read), C1 control characters, and the
 * pairs UTF-8 leaves when read as a Windows code page ("Ã©" for "é", "â€™" for "’").
 */
const UNLIKELY =
  /\uFFFD|[\u0080-\u009F]|[ÂÃÅÆÐØ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€/;

const UNLIKELY_GLOBAL = new RegExp(UNLIKELY.source, 'g');

export function hasUnlikelyText(text: string): boolean {
  return UNLIKELY.test(text);
}

export function countUnlikelyChars(text: string): number {
  return text.match(UNLIKELY_GLOBAL)?.length ?? 0;
}

/** Only the mojibake part (for its own problem, apart from replacement characters). */
const MOJIBAKE = new RegExp(UNLIKELY.source.replace('\\uFFFD|', ''));

export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

/** Symbols inside words ("©koda", "¹¼ö"): what a wrong single-byte code page makes of letters. */
const ODD_SYMBOL =
  /\p{L}[\u00A1-\u00B1\u00B4\u00B6-\u00B8\u00BB-\u00BF\u00D7\u00F7]|[\u00A1-\u00B1\u00B4\u00B6-\u00B8\u00BB-\u00BF\u00D7\u00F7]\p{L}/gu;

export function countOddSymbols(text: string): number {
  return text.match(ODD_SYMBOL)?.length ?? 0;
}
