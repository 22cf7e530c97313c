import type { Statement } from 'better-sqlite3';
import type { IdSequence } from '../ids';
import { zohoTime } from '../zoho-time';
import { openSimDb, type SimDb } from './sim-db';

export type LookupValue = { id: string; name: string };
export type FieldValue = string | number | boolean | string[] | LookupValue | null;
export type SimRecord = {
  id: string;
  Created_Time: string;
  Modified_Time: string;
  [field: string]: FieldValue;
};

const MAX_ID = 9_223_372_036_854_775_807n;
/** A text search reads at most this many of the newest records (a full scan of millions takes minutes). */
export const SEARCHED_AT_MOST = 200_000;

/** A record id as SQLite's integer key; undefined for text that cannot be one of our ids. */
function rowId(id: string): bigint | undefined {
  if (!/^\d{1,19}$/.test(id)) return undefined;
  const value = BigInt(id);
  return value <= MAX_ID ? value : undefined;
}

const parse = (row: { data: string } | undefined) => (row ? (JSON.parse(row.data) as SimRecord) : undefined);

/**
 * Records per module in the sandbox's database, with case-insensitive keys on the fields imports look
 * records up by (unique and find_by fields, lookups' names): a field gets its keys the first time it is
 * looked up by, and keeps them up to date from then on. Memory stays flat however many records it holds.
 */
export class RecordStore {
  private readonly keyedFields = new Map<string, Set<string>>();
  private readonly counts = new Map<string, number>();
  private readonly picklists = new Map<string, string[]>();
  private readonly sql: Record<
    | 'get'
    | 'insert'
    | 'update'
    | 'count'
    | 'batchAfter'
    | 'idAt'
    | 'newestFirst'
    | 'matchingNewestFirst'
    | 'countMatching'
    | 'firstKey'
    | 'allKeys'
    | 'addKey'
    | 'dropKey'
    | 'keyField'
    | 'addPicklistValue',
    Statement
  >;

  constructor(
    private readonly ids: IdSequence,
    readonly db: SimDb = openSimDb(undefined),
  ) {
    this.sql = {
      get: db.prepare('SELECT data FROM records WHERE id = ? AND module = ?'),
      insert: db.prepare('INSERT INTO records (id, module, data) VALUES (?, ?, ?)'),
      update: db.prepare('UPDATE records SET data = ? WHERE id = ?'),
      count: db.prepare('SELECT count(*) AS count FROM records WHERE module = ?'),
      batchAfter: db.prepare('SELECT data FROM records WHERE module = ? AND id > ? ORDER BY id LIMIT ?'),
      idAt: db.prepare('SELECT id FROM records WHERE module = ? ORDER BY id LIMIT 1 OFFSET ?').safeIntegers(),
      newestFirst: db.prepare('SELECT data FROM records WHERE module = ? ORDER BY id DESC LIMIT ? OFFSET ?'),
      matchingNewestFirst: db.prepare(
        `SELECT data FROM (SELECT id, data FROM records WHERE module = ? ORDER BY id DESC LIMIT ${SEARCHED_AT_MOST})
         WHERE data LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ? OFFSET ?`,
      ),
      countMatching: db.prepare(
        `SELECT count(*) AS count FROM (SELECT data FROM records WHERE module = ? ORDER BY id DESC LIMIT ${SEARCHED_AT_MOST})
         WHERE data LIKE ? ESCAPE '\\'`,
      ),
      firstKey: db.prepare(
        'SELECT r.data FROM record_keys k JOIN records r ON r.id = k.id WHERE k.module = ? AND k.field = ? AND k.value = ? ORDER BY k.id LIMIT 1',
      ),
      allKeys: db.prepare(
        'SELECT r.data FROM record_keys k JOIN records r ON r.id = k.id WHERE k.module = ? AND k.field = ? AND k.value = ? ORDER BY k.id',
      ),
      addKey: db.prepare('INSERT OR IGNORE INTO record_keys (module, field, value, id) VALUES (?, ?, ?, ?)'),
      dropKey: db.prepare('DELETE FROM record_keys WHERE module = ? AND field = ? AND value = ? AND id = ?'),
      keyField: db.prepare('INSERT OR IGNORE INTO keyed_fields (module, field) VALUES (?, ?)'),
      addPicklistValue: db.prepare(
        'INSERT OR IGNORE INTO picklist_values (field, value, position) VALUES (?, ?, (SELECT count(*) FROM picklist_values WHERE field = ?))',
      ),
    };
    this.loadSmallState();
  }

  /** Runs `work` as one commit: an import batch and its job's progress land together or not at all. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Every record of a module after `afterId`, in creation order, a batch at a time (each batch read at once,
   * so the caller may read or write the store between batches).
   */
  *batches(module: string, afterId?: string, size = 1000): Generator<SimRecord[]> {
    let after = afterId === undefined ? -1n : (rowId(afterId) ?? -1n);
    for (;;) {
      const rows = this.sql.batchAfter.all(module, after, size) as { data: string }[];
      if (rows.length === 0) return;
      const records = rows.map((row) => JSON.parse(row.data) as SimRecord);
      yield records;
      after = BigInt((records[records.length - 1] as SimRecord).id);
      if (rows.length < size) return;
    }
  }

  *each(module: string): Generator<SimRecord> {
    for (const batch of this.batches(module)) yield* batch;
  }

  /** The id of the record at `position` (0 = the oldest), without reading the records before it. */
  idAt(module: string, position: number): string | undefined {
    return (this.sql.idAt.get(module, position) as { id: bigint } | undefined)?.id.toString();
  }

  /** Whether `field` has keys already (a lookup by it is then cheap at any size). */
  isKeyed(module: string, field: string): boolean {
    return this.keyedFields.get(module)?.has(field) ?? false;
  }

  list(module: string): SimRecord[] {
    return [...this.each(module)];
  }

  /** One page, newest first. */
  newestFirst(module: string, options: { offset: number; limit: number }): SimRecord[] {
    const rows = this.sql.newestFirst.all(module, options.limit, options.offset) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as SimRecord);
  }

  /**
   * Records holding `text` (case-insensitive), newest first: every record whose keyed field (unique fields,
   * lookups) equals it, else those among the newest SEARCHED_AT_MOST that hold it anywhere.
   */
  search(
    module: string,
    text: string,
    options: { offset: number; limit: number },
  ): { records: SimRecord[]; total: number; isPartial: boolean } {
    const exact = new Map<string, SimRecord>();
    for (const field of this.keyedFields.get(module) ?? [])
      for (const record of this.findAllBy(module, field, text)) exact.set(record.id, record);
    if (exact.size > 0) {
      const all = [...exact.values()].sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      return {
        records: all.slice(options.offset, options.offset + options.limit),
        total: all.length,
        isPartial: false,
      };
    }
    const pattern = likePattern(text);
    const rows = this.sql.matchingNewestFirst.all(module, pattern, options.limit, options.offset) as {
      data: string;
    }[];
    return {
      records: rows.map((row) => JSON.parse(row.data) as SimRecord),
      total: (this.sql.countMatching.get(module, pattern) as { count: number }).count,
      isPartial: this.count(module) > SEARCHED_AT_MOST,
    };
  }

  get(module: string, id: string): SimRecord | undefined {
    const key = rowId(id);
    return key === undefined
      ? undefined
      : parse(this.sql.get.get(key, module) as { data: string } | undefined);
  }

  count(module: string): number {
    let count = this.counts.get(module);
    if (count === undefined) {
      count = (this.sql.count.get(module) as { count: number }).count;
      this.counts.set(module, count);
    }
    return count;
  }

  /** The first record whose `field` equals `value` (case-insensitive, as Zoho's duplicate check). */
  findBy(module: string, field: string, value: string): SimRecord | undefined {
    if (field === 'id') return this.get(module, value);
    const key = normalise(value);
    if (key === '') return undefined;
    this.keyField(module, field);
    return parse(this.sql.firstKey.get(module, field, key) as { data: string } | undefined);
  }

  /** Every record whose `field` equals `value` (a lookup's id, or text ignoring case), in creation order. */
  findAllBy(module: string, field: string, value: string): SimRecord[] {
    const key = normalise(value);
    if (key === '') return [];
    this.keyField(module, field);
    return (this.sql.allKeys.all(module, field, key) as { data: string }[]).map(
      (row) => JSON.parse(row.data) as SimRecord,
    );
  }

  insert(module: string, values: Record<string, FieldValue>, at = new Date()): SimRecord {
    const now = zohoTime(at);
    // Object.assign, not spread: the spread of these dynamically keyed objects costs ~7x more (100k-row imports).
    const record: SimRecord = Object.assign({}, values, {
      id: this.ids.take(),
      Created_Time: now,
      Modified_Time: now,
    });
    this.sql.insert.run(BigInt(record.id), module, JSON.stringify(record));
    this.rekey(module, record, undefined);
    const count = this.counts.get(module);
    if (count !== undefined) this.counts.set(module, count + 1);
    return record;
  }

  /** A saved record, id and times kept (moving records from an earlier format). */
  restore(module: string, record: SimRecord): void {
    this.sql.insert.run(BigInt(record.id), module, JSON.stringify(record));
    this.rekey(module, record, undefined);
    this.counts.delete(module);
  }

  update(module: string, id: string, values: Record<string, FieldValue>, at = new Date()): SimRecord {
    const existing = this.get(module, id);
    if (!existing) throw new Error(`No ${module} record ${id}`);
    const updated: SimRecord = Object.assign({}, existing, values, { id, Modified_Time: zohoTime(at) });
    this.sql.update.run(JSON.stringify(updated), BigInt(id));
    this.rekey(module, updated, existing);
    return updated;
  }

  /** Picklist values Zoho added because an import used them (`Module.Field`). */
  addedPicklistValues(field: string): string[] | undefined {
    return this.picklists.get(field);
  }

  addPicklistValue(field: string, value: string): void {
    const added = this.picklists.get(field) ?? [];
    if (added.includes(value)) return;
    this.picklists.set(field, [...added, value]);
    this.sql.addPicklistValue.run(field, value, field);
  }

  clear(): void {
    this.db.exec(
      'DELETE FROM records; DELETE FROM record_keys; DELETE FROM keyed_fields; DELETE FROM picklist_values;',
    );
    this.keyedFields.clear();
    this.counts.clear();
    this.picklists.clear();
  }

  private loadSmallState(): void {
    for (const row of this.db.prepare('SELECT module, field FROM keyed_fields').all() as {
      module: string;
      field: string;
    }[])
      this.fieldsKeyed(row.module).add(row.field);
    for (const row of this.db.prepare('SELECT field, value FROM picklist_values ORDER BY position').all() as {
      field: string;
      value: string;
    }[])
      this.picklists.set(row.field, [...(this.picklists.get(row.field) ?? []), row.value]);
  }

  private fieldsKeyed(module: string): Set<string> {
    let fields = this.keyedFields.get(module);
    if (!fields) {
      fields = new Set();
      this.keyedFields.set(module, fields);
    }
    return fields;
  }

  /** Keys every record of the module by `field` once (one pass), then keeps them current on each write. */
  private keyField(module: string, field: string): void {
    const fields = this.fieldsKeyed(module);
    if (fields.has(field)) return;
    this.transaction(() => {
      for (const record of this.each(module)) {
        const value = indexable(record[field]);
        if (value) this.sql.addKey.run(module, field, value, BigInt(record.id));
      }
      this.sql.keyField.run(module, field);
    });
    fields.add(field);
  }

  private rekey(module: string, record: SimRecord, previous: SimRecord | undefined): void {
    const fields = this.keyedFields.get(module);
    if (!fields) return;
    const id = BigInt(record.id);
    for (const field of fields) {
      const before = indexable(previous?.[field]);
      const after = indexable(record[field]);
      if (before === after) continue;
      if (before) this.sql.dropKey.run(module, field, before, id);
      if (after) this.sql.addKey.run(module, field, after, id);
    }
  }
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function normalise(value: string): string {
  return value.trim().toLowerCase();
}

function indexable(value: FieldValue | undefined): string | undefined {
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  if (typeof value === 'object') return value.id;
  const text = normalise(String(value));
  return text === '' ? undefined : text;
}
