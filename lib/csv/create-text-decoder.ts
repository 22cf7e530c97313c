import { Utf32Decoder } from './utf32-decoder';

export type TextDecoding = { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

const UTF32 = /^utf-?32(le|be)?$/i;

/** A streaming decoder for any label the encoding picker offers: the browser's TextDecoder, plus UTF-32. */
export function createTextDecoder(encoding: string): TextDecoding {
  const utf32 = UTF32.exec(encoding);
  if (utf32) return new Utf32Decoder(utf32[1]?.toLowerCase() !== 'be');
  return new TextDecoder(encoding);
}

/** The canonical name of an encoding label (`latin1` → `windows-1252`), or null when it cannot be decoded. */
export function canonicalEncoding(label: string): string | null {
  const utf32 = UTF32.exec(label);
  if (utf32) return utf32[1]?.toLowerCase() === 'be' ? 'utf-32be' : 'utf-32le';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Decodes a sample cut from a larger file (a character cut at its end is not an error). */
export function decodeSample(sample: Uint8Array, encoding: string): string {
  return createTextDecoder(encoding).decode(sample, { stream: true });
}
