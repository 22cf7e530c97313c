import 'server-only';
import { isUtf8 } from 'node:buffer';
import { createTextDecoder } from '@/lib/csv/create-text-decoder';

/**
 * The file's bytes as UTF-8 without a BOM, decoded exactly as the admin chose in the preview. UTF-8 passes through
 * when valid; bytes that are not valid become U+FFFD (never raw bytes Zoho would misread), so the split can keep
 * back the records that hold them. Other encodings are decoded (streaming: a character split across chunks stays
 * whole) and encoded again.
 */
export async function* toUtf8(
  input: AsyncIterable<Uint8Array>,
  encoding: string,
): AsyncGenerator<Uint8Array> {
  const isUtf8Input = /^utf-?8$/i.test(encoding);
  const output = isUtf8Input ? checkedUtf8(input) : transcode(input, encoding);
  let isFirst = true;
  for await (const chunk of output) {
    let bytes = chunk;
    if (isFirst && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (isFirst && bytes.length === 0) continue;
    isFirst = false;
    yield bytes;
  }
}

async function* transcode(input: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<Uint8Array> {
  const decoder = createTextDecoder(encoding);
  const encoder = new TextEncoder();
  for await (const chunk of input) yield encoder.encode(decoder.decode(chunk, { stream: true }));
  const tail = encoder.encode(decoder.decode());
  if (tail.length > 0) yield tail;
}

async function* checkedUtf8(input: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const lenient = new TextDecoder('utf-8');
  let carry = new Uint8Array(0);
  for await (const chunk of input) {
    const bytes = carry.length > 0 ? join(carry, chunk) : chunk;
    const whole = wholeCharacters(bytes);
    carry = bytes.slice(whole);
    const head = bytes.subarray(0, whole);
    yield isUtf8(head) ? head : encoder.encode(lenient.decode(head));
  }
  if (carry.length > 0) yield encoder.encode(lenient.decode(carry));
}

/** Length of `bytes` without a UTF-8 sequence cut at its end. */
function wholeCharacters(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
