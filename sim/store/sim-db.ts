import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type SimDb = Database.Database;

export const DB_FILE = 'sandbox.db';

/**
 * Everything the sandbox keeps: records (with the keys imports look them up by), added picklist values,
 * uploaded files, bulk write and read jobs with their progress and result files. Each write touches only
 * what changed (SQLite's write-ahead log), and nothing is loaded into memory at start.
 * Ids are Zoho's 19-digit numbers: they fit SQLite's 64-bit integers, so records are keyed by them and
 * listed in id order, which is the order they were created in.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, module TEXT NOT NULL, data TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS records_by_module ON records (module, id);
  CREATE TABLE IF NOT EXISTS record_keys (
    module TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, id INTEGER NOT NULL,
    PRIMARY KEY (module, field, value, id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS keyed_fields (module TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (module, field));
  CREATE TABLE IF NOT EXISTS picklist_values (
    field TEXT NOT NULL, value TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (field, value)
  );
  CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY, created_time TEXT NOT NULL, used_by_job TEXT, content BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS write_jobs (id TEXT PRIMARY KEY, state TEXT NOT NULL, result BLOB);
  CREATE TABLE IF NOT EXISTS write_results (
    job_id TEXT NOT NULL, run INTEGER NOT NULL, row INTEGER NOT NULL, result TEXT NOT NULL,
    PRIMARY KEY (job_id, run, row)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS read_jobs (id TEXT PRIMARY KEY, state TEXT NOT NULL, result BLOB);
`;

/** The sandbox's database in `dataDir` (created if missing), or in memory when there is none. */
export function openSimDb(dataDir: string | undefined): SimDb {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = new Database(dataDir ? join(dataDir, DB_FILE) : ':memory:');
  db.pragma('journal_mode = WAL');
  // A crash loses at most the last commits' fsync, never consistency; each import batch is one commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32000');
  db.exec(SCHEMA);
  return db;
}

/** The highest id anything in the database holds, so new ids never reuse one. */
export function highestId(db: SimDb): bigint {
  const row = db
    .prepare(
      `SELECT max(
         (SELECT coalesce(max(id), 0) FROM records),
         (SELECT coalesce(max(CAST(id AS INTEGER)), 0) FROM files),
         (SELECT coalesce(max(CAST(id AS INTEGER)), 0) FROM write_jobs),
         (SELECT coalesce(max(CAST(id AS INTEGER)), 0) FROM read_jobs)
       ) AS id`,
    )
    .safeIntegers()
    .get() as { id: bigint };
  return row.id;
}
