// The simulator's store at scale: imports SCALE_ROWS Leads (default 5,000,000) through bulk write, 25,000 a job
// as Zoho allows, into a simulator process with its data on disk; restarts it; pages the records page; finds
// 100 records by a unique field with bulk read; exports everything page by page. Prints wall times and the
// simulator's peak RSS against its own idle RSS right after start (the baseline).
// Run: SCALE_ROWS=5000000 npx tsx bench/sim-store-scale.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { refreshAccessToken } from '../sim/test/sim-client';
import { readZip } from '../sim/zip/read-zip';
import { writeZip } from '../sim/zip/write-zip';

const ROWS = Number(process.env.SCALE_ROWS ?? 5_000_000);
const PER_JOB = 25_000;
const IN_FLIGHT = 2;
const OWNER = '5725767000000225013';
const MB = 1024 * 1024;

function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function startSim(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts'], {
    env: { ...process.env, SIM_PORT: '0', SIM_DATA_DIR: dataDir, SIM_ROWS_PER_SECOND: '50000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /on (http:\/\/[\d.:]+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited (${code})`)));
  });
  const startMs = performance.now() - started;
  const auth = { Authorization: `Zoho-oauthtoken ${await refreshAccessToken(url)}` };
  return { child, url, auth, startMs };
}

type Sim = Awaited<ReturnType<typeof startSim>>;

/** Samples the simulator's RSS every 200 ms; `peak()` is the highest seen since the last `reset()`. */
function rssSampler(child: ChildProcess) {
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, rssOf(child.pid).rss);
  }, 200);
  return {
    peak: () => Math.max(peak, child.pid ? rssOf(child.pid).rss : 0),
    reset: () => {
      peak = 0;
    },
    stop: () => clearInterval(timer),
  };
}

function leadsCsv(first: number, count: number): string {
  const lines = ['Last_Name,First_Name,Email,Company,Phone,Lead_Source,No_of_Employees'];
  for (let n = first; n < first + count; n += 1)
    lines.push(
      `Last${n},First${n},lead${n}@example.com,Company ${n % 977},+1 555 ${String(n).padStart(7, '0')},Trade Show,${n % 500}`,
    );
  return `${lines.join('\n')}\n`;
}

const MAPPINGS = ['Last_Name', 'First_Name', 'Email', 'Company', 'Phone', 'Lead_Source', 'No_of_Employees']
  .map((api_name, index) => ({ api_name, index }))
  .concat([{ api_name: 'Owner', default_value: { value: OWNER } } as never]);

async function json(sim: Sim, method: string, route: string, body?: unknown) {
  const response = await fetch(`${sim.url}${route}`, {
    method,
    headers: { ...sim.auth, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response.json();
}

async function importFile(sim: Sim, first: number): Promise<number> {
  const form = new FormData();
  const zip = await writeZip([{ name: 'leads.csv', content: leadsCsv(first, PER_JOB) }]);
  form.append('file', new Blob([new Uint8Array(zip)]), 'leads.zip');
  const uploaded = await fetch(`${sim.url}/crm/v8/upload`, {
    method: 'POST',
    headers: { ...sim.auth, feature: 'bulk-write', 'X-CRM-ORG': '808232144' },
    body: form,
  }).then((response) => response.json());
  const created = await json(sim, 'POST', '/crm/bulk/v8/write', {
    operation: 'insert',
    resource: [
      {
        type: 'data',
        module: { api_name: 'Leads' },
        file_id: uploaded.details.file_id,
        field_mappings: MAPPINGS,
      },
    ],
  });
  for (;;) {
    const job = await json(sim, 'GET', `/crm/bulk/v8/write/${created.details.id}`);
    if (job.status === 'COMPLETED') return job.resource[0].file.added_count;
    if (job.status === 'FAILED') throw new Error('job failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

async function bulkRead(sim: Sim, query: Record<string, unknown>) {
  const created = await json(sim, 'POST', '/crm/bulk/v8/read', { query });
  const id = created.data[0].details.id;
  for (;;) {
    const job = (await json(sim, 'GET', `/crm/bulk/v8/read/${id}`)).data[0];
    if (job.state === 'COMPLETED') {
      const response = await fetch(`${sim.url}${job.result.download_url}`, { headers: sim.auth });
      const entries = await readZip(Buffer.from(await response.arrayBuffer()));
      const text = entries[0]?.content.toString('utf8') ?? '';
      return {
        result: job.result,
        rows: Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sim-scale-'));
  try {
    let sim = await startSim(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = rssOf(sim.child.pid as number).rss;
    console.log(`simulator idle (baseline): ${mb(idle)} RSS, started in ${s(sim.startMs)}`);

    let sampler = rssSampler(sim.child);
    const jobs = Math.ceil(ROWS / PER_JOB);
    let next = 0;
    let added = 0;
    const [, importMs] = await timed(async () => {
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < jobs) {
            const job = next;
            next += 1;
            const addedByJob = await importFile(sim, job * PER_JOB);
            added += addedByJob;
            if ((job + 1) % 20 === 0)
              console.log(`  ${((job + 1) * PER_JOB).toLocaleString()} rows imported…`);
          }
        }),
      );
    });
    console.log(
      `import ${added.toLocaleString()} rows: ${s(importMs)} (${Math.round(added / (importMs / 1000)).toLocaleString()} rows/s), ` +
        `peak RSS ${mb(sampler.peak())} = ${(sampler.peak() / idle).toFixed(2)}x idle`,
    );
    sampler.stop();

    sim.child.kill('SIGTERM');
    await new Promise((resolve) => sim.child.once('exit', resolve));
    sim = await startSim(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const reloaded = rssOf(sim.child.pid as number).rss;
    console.log(
      `restart with ${added.toLocaleString()} records: up in ${s(sim.startMs)}, RSS ${mb(reloaded)} = ${(reloaded / idle).toFixed(2)}x idle`,
    );
    sampler = rssSampler(sim.child);

    const pages = Math.floor(added / 25);
    for (const [label, route] of [
      ['records page 1 (newest 25)', '/__sim/records/Leads?per_page=25&page=1'],
      [`records page ${pages.toLocaleString()} (oldest)`, `/__sim/records/Leads?per_page=25&page=${pages}`],
      ['records search "lead4242424@"', '/__sim/records/Leads?per_page=25&page=1&q=lead4242424%40'],
    ] as const) {
      const [page, ms] = await timed(() => json(sim, 'GET', route));
      console.log(`${label}: ${ms.toFixed(0)} ms (${page.records.length} of ${page.total.toLocaleString()})`);
    }

    const emails = Array.from(
      { length: 100 },
      (_, index) => `lead${Math.floor((index * added) / 100)}@example.com`,
    );
    const [found, findMs] = await timed(() =>
      bulkRead(sim, {
        module: { api_name: 'Leads' },
        fields: ['Email'],
        criteria: { field: { api_name: 'Email' }, comparator: 'in', value: emails },
      }),
    );
    console.log(`bulk read of 100 records by Email (in): ${s(findMs)}, ${found.rows} rows`);

    let exported = 0;
    let page = 1;
    const [, exportMs] = await timed(async () => {
      for (;;) {
        const read = await bulkRead(sim, {
          module: { api_name: 'Leads' },
          fields: ['Last_Name', 'Email'],
          page,
        });
        exported += read.rows;
        if (!read.result.more_records) break;
        page += 1;
      }
    });
    console.log(
      `export all Leads: ${exported.toLocaleString()} rows in ${page} pages, ${s(exportMs)}, ` +
        `peak RSS ${mb(sampler.peak())} = ${(sampler.peak() / idle).toFixed(2)}x idle`,
    );
    sampler.stop();
    sim.child.kill('SIGTERM');
    await new Promise((resolve) => sim.child.once('exit', resolve));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
