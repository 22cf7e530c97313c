// Split + project + zip for Zoho against a bare quote-aware split with the same zip writer, on a generated
// multilingual CRM-like file. Run: npx tsx --conditions=react-server bench/split-zip.ts [records=1000000]
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvRecordScanner } from '../lib/csv/scan-csv-records';
import { ByteWriter } from '../lib/imports/split/project-record';
import { splitForZoho } from '../lib/imports/split/split-for-zoho';
import { zipChunk } from '../lib/imports/split/zip-chunk';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const PER_CHUNK = 25_000;
const NAMES = ['Zoë', 'José', 'Łukasz', 'Søren', '美咲', 'Анна', 'Siobhán', 'Mohammed', 'Ngozi', 'Björk'];

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('First Name,Last Name,Email,Company,Phone,City,Notes,Lead Source\n');
  for (let i = 0; i < RECORDS; i += 1) {
    const name = NAMES[i % NAMES.length];
    const notes = i % 7 === 0 ? `"Met at ""Expo"", booth ${i % 90}\nfollow up"` : `note ${i}`;
    const line = `${name},Family${i},${name}.${i}@example.com,"Company ${i % 5000}, Ltd",+44 20 7946 ${String(i % 10000).padStart(4, '0')},Zürich,${notes},Trade Show\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function bareSplit(file: string): Promise<number> {
  const scanner = new CsvRecordScanner({ delimiter: 44, quote: 34 });
  let header: Uint8Array | undefined;
  let writer = new ByteWriter();
  let count = 0;
  let zips = 0;
  const pending: Promise<Buffer>[] = [];
  const zip = () => {
    pending.push(zipChunk(writer.take(), 'part.csv'));
    zips += 1;
    writer = new ByteWriter();
    if (header) writer.write(header);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    scanner.push(chunk as Buffer, (record) => {
      const start = record.starts[0] ?? 0;
      const end = (record.ends.at(-1) ?? 0) + 1;
      if (!header) {
        header = record.bytes.slice(start, end);
        writer.write(header);
        return;
      }
      writer.write(record.bytes, start, end);
      count += 1;
      if (count % PER_CHUNK === 0) zip();
    });
    while (pending.length > 2) await pending.shift();
  }
  if (count % PER_CHUNK !== 0) zip();
  await Promise.all(pending);
  return zips;
}

async function ours(file: string): Promise<number> {
  let zips = 0;
  const pending: Promise<Buffer>[] = [];
  await splitForZoho({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    delimiter: ',',
    quoteChar: '"',
    headerRow: 1,
    hasHeader: true,
    columns: [0, 1, 2, 3, 4, 7].map((index, position) => ({ index, apiName: `Field_${position}` })),
    maxRecords: PER_CHUNK,
    maxBytes: 24 * 1024 * 1024,
    onChunk: async (chunk) => {
      pending.push(zipChunk(chunk.csv, `chunk-${chunk.index}.csv`));
      zips += 1;
      while (pending.length > 2) await pending.shift();
    },
  });
  await Promise.all(pending);
  return zips;
}

async function time(label: string, run: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const parts = await run();
  const ms = performance.now() - start;
  console.log(
    `${label}: ${ms.toFixed(0)} ms, ${parts} zips, peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return ms;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-'));
  const file = path.join(dir, 'leads.csv');
  await generate(file);
  const size = (await import('node:fs')).statSync(file).size;
  console.log(`file: ${RECORDS} records, ${(size / 1e6).toFixed(0)} MB`);
  const baseline = await time('baseline (bare quote-aware split + zip level 1)', () => bareSplit(file));
  const measured = await time('ours (split + project 6 of 8 columns + re-quote + zip level 1)', () =>
    ours(file),
  );
  console.log(`ratio ours / baseline: ${(measured / baseline).toFixed(2)}x (goal ≤ 1.3x)`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
