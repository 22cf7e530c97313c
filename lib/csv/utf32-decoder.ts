/**
 * UTF-32 is not in the WHATWG Encoding Standard, so no TextDecoder reads it: this one does, streaming, with the
 * same contract (a code unit split across chunks stays whole, a leading BOM is dropped, a bad unit becomes U+FFFD).
 */
export class Utf32Decoder {
  private carry = new Uint8Array(0);
  private isStart = true;

  constructor(private readonly isLittleEndian: boolean) {}

  decode(input: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const bytes = this.carry.length > 0 ? join(this.carry, input) : input;
    const whole = bytes.length - (bytes.length % 4);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts: string[] = [];
    let units: number[] = [];
    for (let i = 0; i < whole; i += 4) {
      const point = view.getUint32(i, this.isLittleEndian);
      if (this.isStart) {
        this.isStart = false;
        if (point === 0xfeff) continue;
      }
      const isValid = point <= 0x10ffff && (point < 0xd800 || point > 0xdfff);
      units.push(isValid ? point : 0xfffd);
      if (units.length >= 8192) {
        parts.push(String.fromCodePoint(...units));
        units = [];
      }
    }
    if (units.length > 0) parts.push(String.fromCodePoint(...units));
    this.carry = bytes.slice(whole);
    if (!options.stream) {
      if (this.carry.length > 0) parts.push('\uFFFD');
      this.carry = new Uint8Array(0);
      this.isStart = true;
    }
    return parts.join('');
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
