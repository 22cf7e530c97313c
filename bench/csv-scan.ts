// `npm run bench:csv`: our streaming scan (records, problems, profiles) against bare papaparse on the same
// generated file, in this process. Prints ratios; absolute times vary by machine.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { DEFAULT_PARSE_OPTIONS } from '../lib/csv/csv-parse-options';
import { scanCsvStream } from '../lib/csv/scan-csv-stream';

const RECORDS = Number(process.argv[2] ?? 300_000);

async function writeFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('Id,First Name,Last Name,Email,City,Amount,Created,Notes\n');
  for (let i = 1; i <= RECORDS; i++) {
    const line = `${i},Zoë ${i},Müller-Łukasz,person${i}@example.com,"São Paulo, BR",${(i % 997) * 1.25},2024-0${(i % 9) + 1}-1${i % 10},"Note ${i}: ""quoted"" text, with
a line break"\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

function webStream(file: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(file, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
}

async function barePapaparse(file: string): Promise<number> {
  const decoder = new TextDecoder();
  const parser = new Papa.Parser({ delimiter: ',', newline: '\n' });
  let partial = '';
  let rows = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const input = partial + decoder.decode(chunk, { stream: true });
    const result = parser.parse(input, 0, true);
    rows += result.data.length;
    partial = input.slice(result.meta.cursor);
  }
  return rows + parser.parse(partial, 0, false).data.length;
}

// What most tools do: the whole file as one string, every row kept. Heap is measured while the rows live.
async function naiveParse(file: string): Promise<{ heapMb: number; rows: number }> {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8')).data;
  global.gc?.();
  return { heapMb: process.memoryUsage().heapUsed / 1e6, rows: rows.length };
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T; heapMb: number }> {
  global.gc?.();
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value, heapMb: process.memoryUsage().heapUsed / 1e6 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-'));
  const file = path.join(dir, 'bench.csv');
  await writeFile(file);
  const mb = statSync(file).size / 1e6;
  // Warm-up of both paths, so neither pays for JIT compilation in the measured run.
  await barePapaparse(file);
  await scanCsvStream(webStream(file), DEFAULT_PARSE_OPTIONS, { previewLimit: 100 });
  const bare = await time(() => barePapaparse(file));
  const naive = await time(() => naiveParse(file));
  const ours = await time(() => scanCsvStream(webStream(file), DEFAULT_PARSE_OPTIONS, { previewLimit: 100 }));
  const preview = await time(
    () =>
      new Promise<number>((resolve) => {
        let isCancelled = false;
        scanCsvStream(webStream(file), DEFAULT_PARSE_OPTIONS, {
          previewLimit: 100,
          isCancelled: () => isCancelled,
          onPreview: (scan) => {
            isCancelled = true;
            resolve(scan.preview().length);
          },
        });
      }),
  );
  rmSync(dir, { recursive: true, force: true });
  console.log(`file: ${RECORDS} records, ${mb.toFixed(0)} MB`);
  console.log(
    `bare papaparse (records only): ${bare.ms.toFixed(0)} ms, ${(mb / (bare.ms / 1000)).toFixed(0)} MB/s`,
  );
  console.log(
    `full scan (problems + profiles): ${ours.ms.toFixed(0)} ms, ${(mb / (ours.ms / 1000)).toFixed(0)} MB/s, rows ${ours.value.scan.rows}`,
  );
  console.log(`ratio full scan / bare papaparse: ${(ours.ms / bare.ms).toFixed(2)}×`);
  console.log(
    `first ${preview.value} rows: ${preview.ms.toFixed(1)} ms (${((preview.ms / ours.ms) * 100).toFixed(2)} % of the full scan)`,
  );
  console.log(`heap after full scan: ${ours.heapMb.toFixed(0)} MB for a ${mb.toFixed(0)} MB file`);
  console.log(
    `naive parse (whole string, rows kept): ${naive.ms.toFixed(0)} ms, heap ${naive.value.heapMb.toFixed(0)} MB → memory ratio naive/ours ${(naive.value.heapMb / ours.heapMb).toFixed(1)}×`,
  );
}

main();
