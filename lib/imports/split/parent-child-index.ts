import 'server-only';
import { type FamilyFile, keyOf, outputColumns, projectedSize, scanFamilyRecords } from './parent-child-csv';

/** A child file's rows by parent key: record numbers and projected sizes only, never the row contents. */
export type ChildIndex = {
  byKey: Map<string, number[]>;
  sizes: Map<number, number>;
  /** Rows with an empty key: no parent can claim them. */
  emptyKeyRecords: number[];
  records: number;
};

export async function indexChildFile(file: FamilyFile): Promise<ChildIndex> {
  const { indexes } = outputColumns(file);
  const index: ChildIndex = { byKey: new Map(), sizes: new Map(), emptyKeyRecords: [], records: 0 };
  await scanFamilyRecords(file, (recordNumber, record) => {
    index.records += 1;
    const key = keyOf(file, record);
    if (key === '') {
      index.emptyKeyRecords.push(recordNumber);
      return;
    }
    index.sizes.set(recordNumber, projectedSize(file, recordNumber, record, indexes));
    const list = index.byKey.get(key);
    if (list) list.push(recordNumber);
    else index.byKey.set(key, [recordNumber]);
  });
  return index;
}
