import { analyse } from 'chardet';
import { canonicalEncoding, decodeSample } from './create-text-decoder';
import { countOddSymbols, countUnlikelyChars } from './unlikely-text';

export type EncodingCandidate = {
  encoding: string;
  confidence: number;
  /** The same line of the file read in this encoding (the first with non-ASCII text), to compare readings. */
  sampleRow: string;
};

export type EncodingGuess = {
  encoding: string;
  hasBom: boolean;
  /** Why this encoding was chosen, shown beside the picker. */
  reason: string;
  /** False when the detector cannot tell its best candidates apart: the page asks the admin to pick. */
  isCertain: boolean;
  /** Likeliest first (the chosen one first), each decoding the sample to different text. */
  candidates: EncodingCandidate[];
};

/** A statistical guess must be this sure (percent), and this far ahead of the next reading, to be taken as is. */
const MIN_CONFIDENCE = 30;
const MIN_LEAD = 15;
const MAX_CANDIDATES = 3;
const ODD_SYMBOL_PENALTY = 5;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function certain(encoding: string, hasBom: boolean, reason: string): EncodingGuess {
  return { encoding, hasBom, reason, isCertain: true, candidates: [] };
}

const SAMPLE_ROW_CHARS = 160;
const SAMPLE_LINES = 200;

/** Lines of each reading at the same index: the first (after the header, when there is one) with non-ASCII. */
function sampleRows(texts: string[]): string[] {
  const lines = texts.map((text) => text.split(/\r\n|\n|\r/, SAMPLE_LINES));
  const best = lines[0] ?? [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is exactly the range to skip
  const isPlain = (line: string) => /^[\x00-\x7f]*$/.test(line);
  let index = best.findIndex((line, i) => i > 0 && !isPlain(line));
  if (index < 0) index = best.findIndex((line) => !isPlain(line));
  return lines.map((reading) => (reading[Math.max(index, 0)] ?? '').slice(0, SAMPLE_ROW_CHARS));
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 and UTF-32 without a BOM: ASCII characters leave NUL bytes in a fixed pattern. */
function guessBomlessWide(bytes: Uint8Array): string | null {
  const units = Math.min(bytes.length >> 2, 2048);
  if (units < 2) return null;
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < units * 4; i++) if (bytes[i] === 0) nuls[i % 4] = (nuls[i % 4] ?? 0) + 1;
  const [a = 0, b = 0, c = 0, d = 0] = nuls.map((count) => count / units);
  if (a < 0.05 && b > 0.4 && c > 0.9 && d > 0.9) return 'utf-32le';
  if (a > 0.9 && b > 0.9 && c > 0.4 && d < 0.05) return 'utf-32be';
  const even = (a + c) / 2;
  const odd = (b + d) / 2;
  if (odd > 0.4 && even < 0.05) return 'utf-16le';
  if (even > 0.4 && odd < 0.05) return 'utf-16be';
  return null;
}

/** chardet's ranked readings, as decoder labels, without readings that give the same text as a better one. */
type Ranked = { encoding: string; confidence: number; unlikely: number; text: string };

function rankedCandidates(sample: Uint8Array): Ranked[] {
  const seen = new Set<string>();
  const texts = new Set<string>();
  const ranked: Ranked[] = [];
  for (const match of analyse(sample)) {
    const encoding = canonicalEncoding(match.name);
    if (!encoding || encoding === 'replacement' || seen.has(encoding)) continue;
    seen.add(encoding);
    const text = decodeSample(sample, encoding);
    if (texts.has(text)) continue;
    texts.add(text);
    // Symbols inside words cost a reading points, which breaks ties between single-byte code pages.
    const confidence = Math.max(
      0,
      match.confidence - ODD_SYMBOL_PENALTY * Math.min(countOddSymbols(text), 3),
    );
    ranked.push({ encoding, confidence, unlikely: countUnlikelyChars(text), text });
  }
  // A reading full of replacement characters or C1 controls is wrong whatever its statistical score.
  return ranked.sort(
    (x, y) => Number(x.unlikely > 0) - Number(y.unlikely > 0) || y.confidence - x.confidence,
  );
}

/** Never a silent guess: BOM first, then NUL patterns, strict UTF-8, then a statistical detector (chardet). */
export function sniffEncoding(sample: Uint8Array): EncodingGuess {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return certain('utf-8', true, 'UTF-8 BOM');
  if (startsWith(sample, [0xff, 0xfe, 0, 0])) return certain('utf-32le', true, 'UTF-32 LE BOM');
  if (startsWith(sample, [0, 0, 0xfe, 0xff])) return certain('utf-32be', true, 'UTF-32 BE BOM');
  if (startsWith(sample, [0xff, 0xfe])) return certain('utf-16le', true, 'UTF-16 LE BOM');
  if (startsWith(sample, [0xfe, 0xff])) return certain('utf-16be', true, 'UTF-16 BE BOM');
  const wide = guessBomlessWide(sample);
  if (wide) return certain(wide, false, `NUL byte pattern of ${wide.toUpperCase()}`);
  if (isValidUtf8(sample)) return certain('utf-8', false, 'valid UTF-8');
  const ranked = rankedCandidates(sample);
  const [best, next] = ranked;
  if (!best) return { ...certain('windows-1252', false, 'bytes are not valid UTF-8'), isCertain: false };
  const shown = ranked.filter((reading, i) => i === 0 || reading.unlikely === 0).slice(0, MAX_CANDIDATES);
  const rows = sampleRows(shown.map((reading) => reading.text));
  const isCertain =
    best.unlikely === 0 &&
    best.confidence >= MIN_CONFIDENCE &&
    (!next || next.unlikely > 0 || best.confidence - next.confidence >= MIN_LEAD);
  return {
    encoding: best.encoding,
    hasBom: false,
    reason: `not valid UTF-8; reads best as ${best.encoding} (${best.confidence}% sure)`,
    isCertain,
    candidates: shown.map(({ encoding, confidence }, i) => ({
      encoding,
      confidence,
      sampleRow: rows[i] ?? '',
    })),
  };
}
