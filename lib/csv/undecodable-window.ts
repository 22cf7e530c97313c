const WINDOW_BYTES = 64 * 1024;

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes around the first place `encoding` cannot decode in `bytes` (found by halving the prefix), so a detector
 * looks at the odd bytes rather than the clean text around them.
 */
export function undecodableWindow(bytes: Uint8Array, encoding: string): Uint8Array {
  if (bytes.length <= WINDOW_BYTES) return bytes;
  try {
    new TextDecoder(encoding, { fatal: true });
  } catch {
    return bytes.subarray(0, WINDOW_BYTES);
  }
  let good = 0;
  let bad = bytes.length;
  if (decodes(bytes, encoding)) return bytes.subarray(0, WINDOW_BYTES);
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (decodes(bytes.subarray(0, middle), encoding)) good = middle;
    else bad = middle;
  }
  const start = Math.max(0, bad - WINDOW_BYTES / 2);
  return bytes.subarray(start, start + WINDOW_BYTES);
}
