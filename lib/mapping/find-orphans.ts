import type { CsvParseOptions } from '@/lib/csv/csv-parse-options';
import { readDataRecords } from '@/lib/csv/read-data-records';
import { HashTable64, hash64 } from './hash-table-64';

/** Orphan record numbers kept for the message; the count goes on past it. */
export const MAX_ORPHAN_RECORDS = 1000;

export type KeyedCsv = {
  /** The file's raw bytes, in order (a browser File's stream in the worker, arrays in tests). */
  chunks: AsyncIterable<Uint8Array>;
  parseOptions: CsvParseOptions;
  /** 0-based column holding the parent key. */
  keyColumn: number;
};

export type OrphanReport = {
  /** Data rows in the child file. */
  rows: number;
  orphans: number;
  /** 1-based record numbers (the header counts), the first MAX_ORPHAN_RECORDS of them. */
  records: number[];
  /** Parent rows whose key an earlier parent row already has: the server sends children with the first one. */
  repeatedParentKeys: { count: number; records: number[] };
};

/** Calls back each data record's trimmed key, numbering records as the pre-flight and the server's split do. */
function forEachKey(
  file: KeyedCsv,
  onKey: (key: string, record: number) => void,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  return readDataRecords(
    file.chunks,
    file.parseOptions,
    (fields, record) => onKey((fields[file.keyColumn] ?? '').trim(), record),
    { onChunk: onBytes },
  );
}

/**
 * Child rows whose key (trimmed, exact) is no parent row's key; an empty key names no parent. Parent keys are
 * kept as 64-bit fingerprints, so a parent file of millions of rows stays a few tens of MB.
 */
export async function findOrphans(
  parent: KeyedCsv,
  child: KeyedCsv,
  onBytes?: (bytes: number) => void,
): Promise<OrphanReport> {
  const keys = new HashTable64();
  const repeated = { count: 0, records: [] as number[] };
  await forEachKey(
    parent,
    (key, record) => {
      if (key === '') return;
      const hash = hash64(key);
      if (!keys.has(hash)) return keys.set(hash, 0);
      repeated.count += 1;
      if (repeated.records.length < MAX_ORPHAN_RECORDS) repeated.records.push(record);
    },
    onBytes,
  );
  const report: OrphanReport = { rows: 0, orphans: 0, records: [], repeatedParentKeys: repeated };
  await forEachKey(
    child,
    (key, record) => {
      report.rows += 1;
      if (key !== '' && keys.has(hash64(key))) return;
      report.orphans += 1;
      if (report.records.length < MAX_ORPHAN_RECORDS) report.records.push(record);
    },
    onBytes,
  );
  return report;
}
