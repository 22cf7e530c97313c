import 'server-only';
import { type FamilyFile, scanFamilyRecords, writeRow } from './parent-child-csv';
import { ByteWriter } from './project-record';

/** One pass per child file: the projected rows of each planned chunk, in file order. */
export async function readChildRows(
  children: FamilyFile[],
  out: { indexes: number[] }[],
  window: { childRecords: number[][] }[],
): Promise<Uint8Array[][][]> {
  const scratch = new ByteWriter();
  const result: Uint8Array[][][] = [];
  for (const [i, child] of children.entries()) {
    const target = new Map<number, number>();
    window.forEach((chunk, position) => {
      for (const recordNumber of chunk.childRecords[i] ?? []) target.set(recordNumber, position);
    });
    const rows: Uint8Array[][] = window.map(() => []);
    if (target.size > 0) {
      await scanFamilyRecords(child, (recordNumber, record) => {
        const position = target.get(recordNumber);
        if (position === undefined) return;
        scratch.length = 0;
        writeRow(scratch, child, recordNumber, record, out[i]?.indexes ?? []);
        rows[position]?.push(scratch.take());
      });
    }
    result.push(rows);
  }
  return result;
}

export function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
