import 'server-only';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HashTable64, hash64 } from '@/lib/mapping/hash-table-64';
import type { InFileRecords } from '@/lib/mapping/in-file-records';

const PARTITION_BITS = 6;
const ENTRIES_PER_FLUSH = 8192;

/**
 * In-file duplicates of ONE unique value per row (insert, no find_by), with memory that does not grow with the
 * file: each kept row's value fingerprint goes to one of 64 partition files on disk; afterwards each partition,
 * in record order, marks every later occurrence of a value as a duplicate in a one-bit-per-record map. Exact for
 * that case (the first otherwise-valid row holds the value, Zoho skips the rest); other cases stay in memory.
 */
export function createExternalDuplicates() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-duplicates-'));
  const partitions = 1 << PARTITION_BITS;
  const buffers = Array.from({ length: partitions }, () => new Uint32Array(ENTRIES_PER_FLUSH * 3));
  const filled = new Array<number>(partitions).fill(0);
  const files = Array.from({ length: partitions }, (_, p) => openSync(path.join(dir, `p${p}`), 'a'));
  let maxRecord = 0;

  const flush = (p: number) => {
    const buffer = buffers[p] as Uint32Array;
    const count = filled[p] as number;
    if (count > 0) writeSync(files[p] as number, buffer, 0, count * 12);
    filled[p] = 0;
  };

  const record = (value: string, recordNumber: number) => {
    const [hi, lo] = hash64(value);
    const p = hi >>> (32 - PARTITION_BITS);
    const at = (filled[p] as number) * 3;
    const buffer = buffers[p] as Uint32Array;
    buffer[at] = hi;
    buffer[at + 1] = lo;
    buffer[at + 2] = recordNumber;
    filled[p] = (filled[p] as number) + 1;
    if (recordNumber > maxRecord) maxRecord = recordNumber;
    if (filled[p] === ENTRIES_PER_FLUSH) flush(p);
  };

  /** Plugged into the pre-flight: every row it keeps hands over its unique value; clashes are found later. */
  const records: InFileRecords = {
    hasKey: () => false,
    clash: () => false,
    keep(identity, _key, values) {
      const recordNumber = Number(identity.slice(identity.indexOf(':') + 1));
      for (const value of values.values()) if (value !== null) record(value, recordNumber);
    },
  };

  return {
    records,
    /** The duplicates, as a bit per record number, with their count and the first few record numbers. */
    resolve(): { isDuplicate(recordNumber: number): boolean; count: number; examples: number[] } {
      for (let p = 0; p < partitions; p += 1) {
        flush(p);
        closeSync(files[p] as number);
      }
      const bits = new Uint8Array((maxRecord >>> 3) + 1);
      let count = 0;
      const examples: number[] = [];
      for (let p = 0; p < partitions; p += 1) {
        const bytes = readFileSync(path.join(dir, `p${p}`));
        const entries = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
        const seen = new HashTable64(1, 1 << 12);
        for (let at = 0; at < entries.length; at += 3) {
          const key: [number, number] = [entries[at] as number, entries[at + 1] as number];
          const recordNumber = entries[at + 2] as number;
          if (!seen.get(key)) {
            seen.set(key, 0);
            continue;
          }
          bits[recordNumber >>> 3] = (bits[recordNumber >>> 3] as number) | (1 << (recordNumber & 7));
          count += 1;
          examples.push(recordNumber);
          // Only the smallest 20 are shown: keep the list short while scanning.
          if (examples.length > 1000) {
            examples.sort((a, b) => a - b);
            examples.length = 20;
          }
        }
      }
      rmSync(dir, { recursive: true, force: true });
      examples.sort((a, b) => a - b);
      return {
        isDuplicate: (recordNumber) => ((bits[recordNumber >>> 3] ?? 0) & (1 << (recordNumber & 7))) !== 0,
        count,
        examples: examples.slice(0, 20),
      };
    },
    discard: () => rmSync(dir, { recursive: true, force: true }),
  };
}
