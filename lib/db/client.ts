import 'server-only';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { env } from '@/lib/env';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'lib/db/migrations');

type Holder = { db?: Promise<Db> };
const holder = globalThis as typeof globalThis & { __fieldmapDb?: Holder };

/** The process-wide database, opened and migrated on first use. */
export function getDb(): Promise<Db> {
  holder.__fieldmapDb ??= {};
  holder.__fieldmapDb.db ??= openDb();
  return holder.__fieldmapDb.db;
}

async function openDb(): Promise<Db> {
  const client = new PGlite(path.join(env().dataDir, 'pglite'));
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db as unknown as Db;
}
