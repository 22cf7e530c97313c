import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireEmbeddedLock } from './embedded-lock';
import { encodeSqlParam } from './encode-sql-param';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type SqlResult = { rows: Record<string, unknown>[] };

/** One open database: the Drizzle handle plus raw SQL for pg-boss and a clean close. */
export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  connectionString?: string;
  /** The embedded database's directory (PGlite only). */
  dataDir?: string;
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  close(): Promise<void>;
};

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'lib/db/migrations');

export async function openDatabase(options: { url?: string; dataDir: string }): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}

async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const drizzleDb = drizzlePg(pool, { schema });
  await migratePg(drizzleDb, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    // Both drivers' databases are PgDatabase; only the query-result type parameter differs.
    db: drizzleDb as unknown as Db,
    engine: 'postgres',
    connectionString,
    executeSql: async (text, values) => pool.query(text, values),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const dataPath = path.join(dataDir, 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const release = acquireEmbeddedLock(path.join(dataDir, 'pglite.lock'), dataPath);
  try {
    const client = await PGlite.create(dataPath);
    const drizzleDb = drizzlePglite(client, { schema });
    await migratePglite(drizzleDb, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: drizzleDb as unknown as Db,
      engine: 'pglite',
      dataDir,
      // pg-boss sends multi-statement scripts without parameters; PGlite runs those only through exec().
      executeSql: async (text, values) => {
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
        }
        const result = await client.query<Record<string, unknown>>(text, values.map(encodeSqlParam));
        return { rows: result.rows };
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
