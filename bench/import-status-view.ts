// The import page's 2-second poll on a running 1M-row import (40 chunks of 25,000 records): reading whole chunk
// rows with their record numbers (before) against the columns the page shows (now), and the whole view now.
// Run: npx tsx --conditions=react-server bench/import-status-view.ts [chunks=40]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { openDatabase } from '../lib/db/open-database';
import { importChunks, imports } from '../lib/db/schema';
import { getImportStatusView } from '../lib/imports/views/import-status-view';

const CHUNKS = Number(process.argv[2] ?? 40);
const PER_CHUNK = 25_000;
const ROUNDS = 10;

async function timed(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) await run();
  return (performance.now() - started) / ROUNDS;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-view-'));
  const database = await openDatabase({ dataDir });
  try {
    const { db } = database;
    const [row] = await db
      .insert(imports)
      .values({
        name: 'bench',
        module: 'Leads',
        operation: 'insert',
        apiVersion: 'v8',
        settings: {},
        mapping: {},
        parseOptions: {},
        fileName: 'big.csv',
        status: 'running',
        rowsInFile: CHUNKS * PER_CHUNK,
        chunkCount: CHUNKS,
      })
      .returning();
    if (!row) throw new Error('seeding failed');
    for (let index = 0; index < CHUNKS; index += 1) {
      const first = 2 + index * PER_CHUNK;
      await db.insert(importChunks).values({
        importId: row.id,
        index,
        status: index < CHUNKS / 2 ? 'completed' : 'pending',
        rowCount: PER_CHUNK,
        firstRecord: first,
        lastRecord: first + PER_CHUNK - 1,
        recordNumbers: Array.from({ length: PER_CHUNK }, (_, i) => first + i),
        zipKey: `imports/${row.id}/${index}.zip`,
        zipBytes: 1,
      });
    }
    const where = eq(importChunks.importId, row.id);
    const before = await timed(() =>
      db.select().from(importChunks).where(where).orderBy(asc(importChunks.index)),
    );
    const now = await timed(() =>
      db
        .select({ index: importChunks.index, status: importChunks.status, counts: importChunks.counts })
        .from(importChunks)
        .where(where)
        .orderBy(asc(importChunks.index)),
    );
    const view = await timed(() => getImportStatusView(db, row.id));
    console.log(
      `${CHUNKS} chunks × ${PER_CHUNK.toLocaleString()} records, mean of ${ROUNDS} polls on PGlite`,
    );
    console.log(`chunk rows with record numbers (before): ${before.toFixed(1)} ms`);
    console.log(
      `chunk columns the page shows (now): ${now.toFixed(1)} ms (${(before / now).toFixed(1)}x faster)`,
    );
    console.log(
      `whole status view now: ${view.toFixed(1)} ms (before ≈ ${(view - now + before).toFixed(1)} ms)`,
    );
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
