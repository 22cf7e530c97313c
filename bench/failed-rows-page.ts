// A page of failed rows deep in a big import: every record decoded up to the page (before) against records
// skipped undecoded except the page's (now). Run: npx tsx --conditions=react-server bench/failed-rows-page.ts [records=1000000]
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_PARSE_OPTIONS } from '../lib/csv/csv-parse-options';
import { readFileRecords } from '../lib/imports/split/read-file-records';
import { localFileStorage } from '../lib/storage/local-file-storage';

const RECORDS = Number(process.argv[2] ?? 1_000_000);

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('First Name,Last Name,Email,Company,Phone,City,Notes\n');
  for (let i = 0; i < RECORDS; i += 1) {
    const line = `Zoë,Family${i},zoe.${i}@example.com,"Company ${i % 5000}, Ltd",+44 20 7946 0000,Zürich,"note ""${i}"""\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function page(root: string, only?: (n: number) => boolean): Promise<{ ms: number; found: number }> {
  const storage = localFileStorage(root);
  const last = RECORDS + 1;
  const started = performance.now();
  let found = 0;
  for await (const record of readFileRecords(storage, 'rows/file.csv', DEFAULT_PARSE_OPTIONS, last, only)) {
    if (!record.isHeader && record.recordNumber > last - 50) found += 1;
  }
  return { ms: performance.now() - started, found };
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-rows-'));
  try {
    mkdirSync(path.join(root, 'rows'));
    await generate(path.join(root, 'rows/file.csv'));
    const wanted = (n: number) => n > RECORDS + 1 - 50;
    await page(root, wanted); // warm the page cache
    const before = await page(root);
    const now = await page(root, wanted);
    console.log(
      `last page of ${RECORDS.toLocaleString()} records (50 rows found: ${before.found}/${now.found})`,
    );
    console.log(`decode every record: ${before.ms.toFixed(0)} ms`);
    console.log(`decode the page only: ${now.ms.toFixed(0)} ms (${(before.ms / now.ms).toFixed(2)}x faster)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
