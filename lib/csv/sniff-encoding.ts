export type EncodingGuess = {
  encoding: string;
  hasBom: boolean;
  /** Why this encoding was chosen, shown beside the picker. */
  reason: string;
};

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
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

/** UTF-16 text without a BOM: ASCII characters leave a NUL in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): string | null {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Never a silent guess: BOM first, then strict UTF-8, then Windows-1252 (which decodes any byte). */
export function sniffEncoding(sample: Uint8Array): EncodingGuess {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', hasBom: true, reason: 'UTF-8 BOM' };
  if (startsWith(sample, [0xff, 0xfe]))
    return { encoding: 'utf-16le', hasBom: true, reason: 'UTF-16 LE BOM' };
  if (startsWith(sample, [0xfe, 0xff]))
    return { encoding: 'utf-16be', hasBom: true, reason: 'UTF-16 BE BOM' };
  const utf16 = guessBomlessUtf16(sample);
  if (utf16) return { encoding: utf16, hasBom: false, reason: 'NUL byte pattern of UTF-16' };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', hasBom: false, reason: 'valid UTF-8' };
  return { encoding: 'windows-1252', hasBom: false, reason: 'bytes are not valid UTF-8' };
}
