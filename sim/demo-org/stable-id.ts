import { createHash } from 'node:crypto';

/** A 19-digit id derived from a name, so metadata ids stay the same across restarts. */
export function stableId(name: string): string {
  const digits = BigInt(`0x${createHash('sha1').update(name).digest('hex').slice(0, 12)}`) % 10_000_000n;
  return `57257670000${digits.toString().padStart(8, '0')}`;
}
