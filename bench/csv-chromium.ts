// `npm run bench:csv-chromium -- [MB]`: Chromium (driven by Playwright) runs the real preview worker
// (components/csv/csv-worker.ts) on a 1 MB and a large generated file (default 1000 MB), and bare papaparse in
// a worker on the same large file; medians of 3 interleaved runs (`-- 1000 5` for 5). Prints ratios:
// first rows large/small, full scan ours/bare.
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';

const LARGE_MB = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 3);
const ROOT = path.resolve(__dirname, '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function block(from: number, count: number): string {
  let text = '';
  for (let i = from; i < from + count; i++) {
    text += `${i},Zoë ${i},Müller-Łukasz,person${i}@example.com,"São Paulo, BR",${(i % 997) * 1.25},2024-0${(i % 9) + 1}-1${i % 10},"Note ${i}: ""quoted"" text, with\na line break"\n`;
  }
  return text;
}

async function writeCsv(file: string, megabytes: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('Id,First Name,Last Name,Email,City,Amount,Created,Notes\n');
  const chunk = block(1, 20_000);
  const times = Math.max(1, Math.round((megabytes * 1e6) / Buffer.byteLength(chunk)));
  for (let i = 0; i < times; i++) {
    if (!out.write(i === 0 ? chunk : block(i * 20_000 + 1, 20_000))) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

type Run = { firstRowsMs: number; workerFirstRowsMs: number; totalMs: number; rows: number };

async function runWorker(page: Page, script: string, file: string, protocol: 'ours' | 'bare'): Promise<Run> {
  await page.setInputFiles('#file', file);
  return page.evaluate(
    ({ script, protocol }) =>
      new Promise<Run>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#file');
        const picked = input?.files?.[0];
        if (!picked) throw new Error('no file');
        const worker = new Worker(script);
        const startedAt = performance.now();
        let firstRowsMs = -1;
        let workerFirstRowsMs = -1;
        worker.onmessage = (event) => {
          const data = event.data;
          if (protocol === 'bare') {
            worker.terminate();
            resolve({
              firstRowsMs: data.firstRowsMs,
              workerFirstRowsMs: data.firstRowsMs,
              totalMs: data.totalMs,
              rows: data.rows,
            });
          } else if (data.type === 'preview') {
            firstRowsMs = performance.now() - startedAt;
            workerFirstRowsMs = data.elapsedMs;
          } else if (data.type === 'done' || data.type === 'failed') {
            worker.terminate();
            resolve({
              firstRowsMs,
              workerFirstRowsMs,
              totalMs: performance.now() - startedAt,
              rows: data.progress?.rows ?? 0,
            });
          }
        };
        worker.postMessage(
          protocol === 'bare' ? { file: picked } : { type: 'scan', file: picked, overrides: {} },
        );
      }),
    { script, protocol },
  );
}

function median(runs: Run[]): Run {
  const byTotal = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  const byFirst = [...runs].sort((a, b) => a.firstRowsMs - b.firstRowsMs);
  const middle = Math.floor(runs.length / 2);
  const run = byTotal[middle] ?? byTotal[0];
  if (!run) throw new Error('no runs');
  return { ...run, firstRowsMs: byFirst[middle]?.firstRowsMs ?? run.firstRowsMs };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-'));
  const small = path.join(dir, 'small.csv');
  const large = path.join(dir, 'large.csv');
  await writeCsv(small, 1);
  await writeCsv(large, LARGE_MB);
  const scripts: Record<string, string> = {
    '/ours.js': await bundle('components/csv/csv-worker.ts'),
    '/bare.js': await bundle('bench/csv-papaparse-worker.ts'),
    '/': '<!doctype html><input type="file" id="file">',
  };
  const server = createServer((request, response) => {
    const body = scripts[request.url ?? '/'] ?? '';
    const type = request.url === '/' ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await runWorker(page, '/ours.js', small, 'ours'); // warm-up
    const runs: Record<'small' | 'large' | 'bare', Run[]> = { small: [], large: [], bare: [] };
    // Interleaved, medians: the machine is shared, so one slow run must not decide a ratio.
    for (let i = 0; i < RUNS; i++) {
      runs.small.push(await runWorker(page, '/ours.js', small, 'ours'));
      runs.large.push(await runWorker(page, '/ours.js', large, 'ours'));
      runs.bare.push(await runWorker(page, '/bare.js', large, 'bare'));
    }
    const smallRun = median(runs.small);
    const largeRun = median(runs.large);
    const bareRun = median(runs.bare);
    const mb = statSync(large).size / 1e6;
    const rate = (run: Run) =>
      `${(mb / (run.totalMs / 1000)).toFixed(0)} MB/s, ${Math.round(run.rows / (run.totalMs / 1000)).toLocaleString('en-US')} rows/s`;
    console.log(`large file: ${mb.toFixed(0)} MB, ${largeRun.rows.toLocaleString('en-US')} rows`);
    console.log(
      `first 100 rows: 1 MB ${smallRun.firstRowsMs.toFixed(0)} ms, ${mb.toFixed(0)} MB ${largeRun.firstRowsMs.toFixed(0)} ms → ratio ${(largeRun.firstRowsMs / smallRun.firstRowsMs).toFixed(2)}×`,
    );
    console.log(
      `  of which inside the worker (after its start-up): 1 MB ${smallRun.workerFirstRowsMs} ms, large ${largeRun.workerFirstRowsMs} ms`,
    );
    console.log(`bare papaparse (File in a worker) first 100 rows: ${bareRun.firstRowsMs.toFixed(0)} ms`);
    console.log(
      `full scan, ours (rows + problems + profiles): ${(largeRun.totalMs / 1000).toFixed(1)} s, ${rate(largeRun)}`,
    );
    console.log(
      `full scan, bare papaparse (rows only):       ${(bareRun.totalMs / 1000).toFixed(1)} s, ${rate(bareRun)}`,
    );
    console.log(
      `throughput ratio ours/bare: ${(bareRun.totalMs / largeRun.totalMs).toFixed(2)}× (1.0 = as fast as bare papaparse)`,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
