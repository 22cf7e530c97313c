/**
 * The file's bytes as UTF-8 without a BOM: passed through when already UTF-8, otherwise decoded with the
 * detected encoding (streaming, so a character split across chunks stays whole) and encoded again.
 */
export async function* toUtf8(
  input: AsyncIterable<Uint8Array>,
  encoding: string,
): AsyncGenerator<Uint8Array> {
  const isUtf8 = /^utf-?8$/i.test(encoding);
  const decoder = isUtf8 ? undefined : new TextDecoder(encoding);
  const encoder = new TextEncoder();
  let isFirst = true;
  for await (const chunk of input) {
    let bytes = decoder ? encoder.encode(decoder.decode(chunk, { stream: true })) : chunk;
    if (isFirst && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (isFirst && decoder && bytes.length === 0) continue;
    isFirst = false;
    yield bytes;
  }
  if (decoder) {
    const tail = encoder.encode(decoder.decode());
    if (tail.length > 0) yield tail;
  }
}
