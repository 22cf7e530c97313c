import 'server-only';
import type { ScannedRecord } from '../../csv/scan-csv-records';
import { ByteWriter, decodeField, projectRecord, type ValueRewrite } from './project-record';
import { scanDataRecords } from './scan-data-records';

/** One CSV of a parent-child import, re-readable: the splitter streams it more than once. */
export type FamilyFile = {
  /** A fresh stream of the file's UTF-8 bytes on every call (e.g. `() => file.stream()`). */
  open(): AsyncIterable<Uint8Array>;
  delimiter: string;
  quoteChar: string;
  /** 1-based record holding the header; rows above it are dropped. */
  headerRow: number;
  hasHeader: boolean;
  /** Source column index and the api_name it is sent as, in output order. */
  columns: { index: number; apiName: string }[];
  /** Source column holding the key that ties children to parents (appended to the output when not mapped). */
  keyColumn: number;
  /** Header of the key column when it has to be appended (it is not a field Zoho maps). */
  keyHeader?: string;
  /** Per-record rewrite of some output positions (picklist value maps, a retry's edited cells), as splitForZoho. */
  rewrite?: { positions: ReadonlySet<number>; value: (recordNumber: number) => ValueRewrite | undefined };
};

/** The output columns of a family file and where its key lands in them (what parent_column_index points at). */
export function outputColumns(file: Pick<FamilyFile, 'columns' | 'keyColumn' | 'keyHeader'>): {
  indexes: number[];
  header: Uint8Array;
  keyPosition: number;
} {
  const mapped = file.columns.findIndex((column) => column.index === file.keyColumn);
  const columns =
    mapped >= 0
      ? file.columns
      : [...file.columns, { index: file.keyColumn, apiName: file.keyHeader ?? 'Key' }];
  const names = columns.map((column) =>
    /[",\r\n]/.test(column.apiName) ? `"${column.apiName.replace(/"/g, '""')}"` : column.apiName,
  );
  return {
    indexes: columns.map((column) => column.index),
    header: new TextEncoder().encode(`${names.join(',')}\n`),
    keyPosition: mapped >= 0 ? mapped : columns.length - 1,
  };
}

/** Every non-blank data record of a family file (see scanDataRecords); `drain` is awaited after every block. */
export function scanFamilyRecords(
  file: FamilyFile,
  onRecord: (recordNumber: number, record: ScannedRecord) => void,
  drain?: () => Promise<void>,
): Promise<void> {
  return scanDataRecords({ ...file, input: file.open() }, onRecord, drain);
}

export function keyOf(file: FamilyFile, record: ScannedRecord): string {
  return decodeField(record, file.keyColumn, file.quoteChar.charCodeAt(0)).trim();
}

/** Appends one record's output columns, rewritten where the file says so. */
export function writeRow(
  out: ByteWriter,
  file: FamilyFile,
  recordNumber: number,
  record: ScannedRecord,
  indexes: number[],
): void {
  const value = file.rewrite?.value(recordNumber);
  const rewrite = value && file.rewrite ? { positions: file.rewrite.positions, value } : undefined;
  projectRecord(out, record, indexes, file.quoteChar.charCodeAt(0), rewrite);
}

const scratch = new ByteWriter();

/** Bytes the record takes once projected to the output columns (so limits are checked before writing). */
export function projectedSize(
  file: FamilyFile,
  recordNumber: number,
  record: ScannedRecord,
  indexes: number[],
): number {
  scratch.length = 0;
  writeRow(scratch, file, recordNumber, record, indexes);
  return scratch.length;
}
