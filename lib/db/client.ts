import 'server-only';
import { env } from '@/lib/env';
import { type Database, type Db, openDatabase } from './open-database';

export type { Database, Db } from './open-database';

type Holder = { database?: Promise<Database> };
const holder = globalThis as typeof globalThis & { __fieldmapDatabase?: Holder };

/** The process-wide database (PGlite under DATA_DIR, or Postgres with DATABASE_URL), migrated on first use. */
export function getDatabase(): Promise<Database> {
  holder.__fieldmapDatabase ??= {};
  holder.__fieldmapDatabase.database ??= openDatabase({ url: env().DATABASE_URL, dataDir: env().dataDir });
  return holder.__fieldmapDatabase.database;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDb(): Promise<void> {
  const pending = holder.__fieldmapDatabase?.database;
  if (!pending) return;
  holder.__fieldmapDatabase = {};
  await (await pending).close();
}
