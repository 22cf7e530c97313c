// Merging Zoho's page zips into one CSV (dedupe on id, formula neutralisation) against a bare inflate of the
// same zips to disk, on generated multilingual pages. Prints time and memory ratios: memory should not grow with
// the number of pages. Run: npx tsx --conditions=react-server bench/export-merge.ts [pages=4] [perPage=100000]
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type MergeStats, mergeCsvPages } from '../lib/exports/files/merge-csv-pages';
import { readZipEntry } from '../lib/exports/files/read-zip-entry';
import { zipChunk } from '../lib/imports/split/zip-chunk';

const PAGES = Number(process.argv[2] ?? 4);
const PER_PAGE = Number(process.argv[3] ?? 100_000);
const NAMES = ['Zoë', 'José', 'Łukasz', 'Søren', '美咲', 'Анна', 'Siobhán', 'Mohammed', 'Ngozi', 'Björk'];
const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-export-'));

function pageCsv(page: number): Buffer {
  const lines = ['id,Last_Name,Email,Phone,Description,Owner.last_name'];
  // Each page repeats the previous page's last 100 records, as when records move between pages.
  const start = page * PER_PAGE - (page > 0 ? 100 : 0);
  for (let i = start; i < (page + 1) * PER_PAGE; i += 1) {
    const name = NAMES[i % NAMES.length];
    const note =
      i % 50 === 0 ? '=HYPERLINK("x")' : i % 7 === 0 ? `"Met at ""Expo"",\nbooth ${i % 90}"` : `note ${i}`;
    lines.push(
      `57257670${String(i).padStart(11, '0')},${name} ${i},${name}.${i}@example.com,+44 20 7946 ${i % 10000},${note},Boyle`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; rssMb: number; value: T }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const value = await work();
  clearInterval(timer);
  return { ms: performance.now() - started, rssMb: (peak - before) / 1024 ** 2, value };
}

async function main(): Promise<void> {
  const zips: string[] = [];
  for (let page = 0; page < PAGES; page += 1) {
    const file = path.join(dir, `page-${page}.zip`);
    writeFileSync(file, await zipChunk(pageCsv(page), `${page}.csv`));
    zips.push(file);
  }

  const bare = await timed(async () => {
    for (const [index, zip] of zips.entries())
      await pipeline(await readZipEntry(zip, '.csv'), createWriteStream(path.join(dir, `bare-${index}.csv`)));
  });
  const stats: MergeStats = { records: 0, duplicates: 0 };
  const merged = await timed(() =>
    pipeline(
      Readable.from(
        mergeCsvPages(
          zips.map((zip) => () => readZipEntry(zip, '.csv')),
          stats,
        ),
      ),
      createWriteStream(path.join(dir, 'merged.csv')),
    ),
  );
  console.log(
    `${PAGES} pages × ${PER_PAGE} records: ${stats.records} merged, ${stats.duplicates} duplicates dropped`,
  );
  console.log(
    `bare inflate ${bare.ms.toFixed(0)} ms; merge ${merged.ms.toFixed(0)} ms → ${(merged.ms / bare.ms).toFixed(2)}× the floor`,
  );
  console.log(`peak RSS growth: bare ${bare.rssMb.toFixed(0)} MB, merge ${merged.rssMb.toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
