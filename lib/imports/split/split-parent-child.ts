import 'server-only';
import type { ScannedRecord } from '../../csv/scan-csv-records';
import {
  type FamilyFile,
  keyOf,
  outputColumns,
  projectedSize,
  scanFamilyRecords,
  writeRow,
} from './parent-child-csv';
import { type ChildIndex, indexChildFile } from './parent-child-index';
import { joinBytes, readChildRows } from './parent-child-rows';
import { ByteWriter } from './project-record';

export type ChildFile = FamilyFile & {
  /** The CSV's name in the zip (what `file_names` says). */
  name: string;
  /** Rows of this child per job: 200 for subforms and line items, the file limit for linking modules. */
  maxRecords: number;
};

export type FamilyChunk = {
  index: number;
  parent: { csv: Uint8Array; recordNumbers: number[] };
  /** One per child file, in the given order; a child with no rows in this chunk has only its header. */
  children: { name: string; csv: Uint8Array; recordNumbers: number[] }[];
};

export type ParentChildOptions = {
  parent: FamilyFile;
  children: ChildFile[];
  maxParentRecords: number;
  /** Bytes of all CSVs of one chunk together (they share one zip). */
  maxBytes: number;
  /** Bytes of planned chunks held before the child files are read for them (default maxBytes). */
  windowBytes?: number;
  /**
   * A test run: only the first this many parent rows (and their children) are sent. Later parents and their
   * children are left for the full import: neither sent nor counted (they are not orphans).
   */
  maxParentRows?: number;
  /** False keeps a parent back (the admin excluded it); its children are withheld with it. */
  shouldSend?: (recordNumber: number, record: ScannedRecord) => boolean;
  onChunk(chunk: FamilyChunk): Promise<void>;
};

export type ParentChildSummary = {
  chunks: number;
  /** Column of the parent CSV holding the key: the children's `parent_column_index`. */
  parentKeyPosition: number;
  parents: {
    records: number;
    sent: number;
    excluded: number[];
    /** Parents whose family cannot fit one job (too many children, or too many bytes): not sent. */
    oversized: number[];
    /** Parents whose key an earlier parent already had: their children went with that first parent. */
    duplicateKeys: number[];
  };
  children: {
    name: string;
    /** Column of this child CSV holding the parent key (the mapping that carries parent_column_index). */
    keyPosition: number;
    records: number;
    sent: number;
    /** Rows whose key is empty or names no parent in the parent file. */
    orphans: number[];
    /** Rows whose parent was excluded or oversized. */
    withheld: number[];
    /** A test run: rows whose parent comes after the tested rows (left for the full import, not counted). */
    notInTestRun: number;
  }[];
};

export type Planned = {
  parentCsv: Uint8Array;
  parentRecords: number[];
  childRecords: number[][];
  bytes: number;
};

/**
 * Splits a parent CSV and its child CSVs into chunks (one zip, one job each) where every parent travels with all
 * of its children, within Zoho's limits per file and per zip; children whose parent is not in the parent file are
 * reported as orphans and never sent. Child files are indexed first (keys, record numbers and sizes only), then
 * the parent file is streamed once (to its end even in a test run, to tell untested parents from orphans); child
 * rows are copied in one pass per child file per window of chunks.
 */
export async function splitParentChild(options: ParentChildOptions): Promise<ParentChildSummary> {
  const { parent, children } = options;
  const indexes: ChildIndex[] = [];
  for (const child of children) indexes.push(await indexChildFile(child));
  const parentOut = outputColumns(parent);
  const childOut = children.map(outputColumns);
  const headerBytes = parentOut.header.length + childOut.reduce((sum, out) => sum + out.header.length, 0);
  const claimed = children.map(() => new Set<string>());
  const summary: ParentChildSummary = {
    chunks: 0,
    parentKeyPosition: parentOut.keyPosition,
    parents: { records: 0, sent: 0, excluded: [], oversized: [], duplicateKeys: [] },
    children: children.map((child, i) => ({
      name: child.name,
      keyPosition: childOut[i]?.keyPosition ?? 0,
      records: indexes[i]?.records ?? 0,
      sent: 0,
      orphans: [],
      withheld: [],
      notInTestRun: 0,
    })),
  };
  let parentRows = 0;
  const untestedKeys = new Set<string>();
  const writer = new ByteWriter();
  writer.write(parentOut.header);
  let current = {
    parentRecords: [] as number[],
    childRecords: children.map(() => [] as number[]),
    bytes: headerBytes,
  };
  let planned: Planned[] = [];
  let plannedBytes = 0;
  const windowBytes = options.windowBytes ?? options.maxBytes;

  const close = () => {
    if (current.parentRecords.length === 0) return;
    planned.push({ ...current, parentCsv: writer.take() });
    plannedBytes += current.bytes;
    writer.length = 0;
    writer.write(parentOut.header);
    current = { parentRecords: [], childRecords: children.map(() => []), bytes: headerBytes };
  };

  const emit = async () => {
    if (planned.length === 0) return;
    const window = planned;
    planned = [];
    plannedBytes = 0;
    const rows = await readChildRows(children, childOut, window);
    for (const [position, chunk] of window.entries()) {
      await options.onChunk({
        index: summary.chunks,
        parent: { csv: chunk.parentCsv, recordNumbers: chunk.parentRecords },
        children: children.map((child, i) => ({
          name: child.name,
          csv: joinBytes([childOut[i]?.header ?? new Uint8Array(0), ...(rows[i]?.[position] ?? [])]),
          // The CSV holds the rows in file order, so the numbers match its lines one for one.
          recordNumbers: (chunk.childRecords[i] ?? []).sort((a, b) => a - b),
        })),
      });
      summary.chunks += 1;
    }
  };

  const onParent = (recordNumber: number, record: ScannedRecord) => {
    parentRows += 1;
    const key = keyOf(parent, record);
    if (options.maxParentRows !== undefined && parentRows > options.maxParentRows) {
      if (key !== '') untestedKeys.add(key);
      return;
    }
    summary.parents.records += 1;
    const families = indexes.map((index, i) =>
      key === '' || claimed[i]?.has(key) ? [] : (index.byKey.get(key) ?? []),
    );
    if (key !== '' && claimed.some((keys) => keys.has(key))) summary.parents.duplicateKeys.push(recordNumber);
    if (key !== '') for (const keys of claimed) keys.add(key);
    const withhold = () => {
      for (const [i, list] of families.entries()) summary.children[i]?.withheld.push(...list);
    };
    if (options.shouldSend && !options.shouldSend(recordNumber, record)) {
      summary.parents.excluded.push(recordNumber);
      return withhold();
    }
    const familyBytes =
      projectedSize(parent, recordNumber, record, parentOut.indexes) +
      families.reduce(
        (sum, list, i) => sum + list.reduce((bytes, r) => bytes + (indexes[i]?.sizes.get(r) ?? 0), 0),
        0,
      );
    const tooMany = (list: number[], i: number, base = 0) =>
      base + list.length > (children[i]?.maxRecords ?? 0);
    if (families.some((list, i) => tooMany(list, i)) || headerBytes + familyBytes > options.maxBytes) {
      summary.parents.oversized.push(recordNumber);
      return withhold();
    }
    if (
      current.parentRecords.length >= options.maxParentRecords ||
      families.some((list, i) => tooMany(list, i, current.childRecords[i]?.length)) ||
      current.bytes + familyBytes > options.maxBytes
    )
      close();
    writeRow(writer, parent, recordNumber, record, parentOut.indexes);
    current.parentRecords.push(recordNumber);
    current.bytes += familyBytes;
    families.forEach((list, i) => {
      current.childRecords[i]?.push(...list);
      const child = summary.children[i];
      if (child) child.sent += list.length;
    });
    summary.parents.sent += 1;
  };

  await scanFamilyRecords(parent, onParent, async () => {
    if (plannedBytes >= windowBytes) await emit();
  });
  close();
  await emit();
  indexes.forEach((index, i) => {
    const child = summary.children[i];
    if (!child) return;
    child.orphans.push(...index.emptyKeyRecords);
    for (const [key, list] of index.byKey) {
      if (claimed[i]?.has(key)) continue;
      if (untestedKeys.has(key)) child.notInTestRun += list.length;
      else child.orphans.push(...list);
    }
    child.orphans.sort((a, b) => a - b);
    child.withheld.sort((a, b) => a - b);
  });
  return summary;
}
