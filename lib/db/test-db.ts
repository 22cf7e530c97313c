import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { env } from '@/lib/env';
import { type Database, openDatabase } from './open-database';

/**
 * A fresh, migrated database for one test file: a temp-dir PGlite, or a new database on the Postgres server
 * named by TEST_DATABASE_URL (CI sets it), dropped again on close. `engine: 'pglite'` asks for PGlite even then,
 * for the tests that prove a promise on both engines.
 */
export async function createTestDb(options: { engine?: 'pglite' } = {}): Promise<Database> {
  const serverUrl = options.engine === 'pglite' ? undefined : env().TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-test-db-'));
    const database = await openDatabase({ dataDir });
    return {
      ...database,
      close: () => database.close().finally(() => rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `fieldmap_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), dataDir: tmpdir() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropWhenIdle(serverUrl, name);
    },
  };
}

export function testEngine(): 'postgres' | 'pglite' {
  return env().TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Pools (ours, pg-boss's) close their connections asynchronously; dropping with FORCE while one is still idle
 * kills it, and its 'error' event surfaces as an uncaught exception. Wait for them to go first.
 */
async function dropWhenIdle(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await client.query<{ open: number }>(
        'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if ((rows[0]?.open ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
