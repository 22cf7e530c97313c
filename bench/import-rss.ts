// Peak RSS of the import worker's file step (server pre-flight + split + project + zip + chunk zips written to
// storage) on a 100 MB and a 1 GB generated multilingual file, each in a fresh process. Goal (issue #7): the 1 GB
// run stays under 250 MB and within 1.5x of the 100 MB run.
// Run: node --conditions=react-server --import tsx bench/import-rss.ts
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CrmField } from '../lib/crm/crm-field';
import { createServerPreflight } from '../lib/imports/preflight/server-preflight';
import { splitForZoho } from '../lib/imports/split/split-for-zoho';
import { toUtf8 } from '../lib/imports/split/to-utf8';
import { zipChunk } from '../lib/imports/split/zip-chunk';
import type { MappingState } from '../lib/mapping/mapping-state';
import { localFileStorage } from '../lib/storage/local-file-storage';

const NAMES = ['Zoë', 'José', 'Łukasz', 'Søren', '美咲', 'Анна', 'Siobhán', 'Mohammed', 'Ngozi', 'Björk'];
const FIELDS: CrmField[] = [
  {
    apiName: 'First_Name',
    label: 'First Name',
    dataType: 'text',
    isMandatory: false,
    isUnique: false,
    isReadOnly: false,
    isCustom: false,
    maxLength: 40,
  },
  {
    apiName: 'Last_Name',
    label: 'Last Name',
    dataType: 'text',
    isMandatory: true,
    isUnique: false,
    isReadOnly: false,
    isCustom: false,
    maxLength: 80,
  },
  {
    apiName: 'Email',
    label: 'Email',
    dataType: 'email',
    isMandatory: false,
    isUnique: true,
    isReadOnly: false,
    isCustom: false,
  },
  {
    apiName: 'Company',
    label: 'Company',
    dataType: 'text',
    isMandatory: true,
    isUnique: false,
    isReadOnly: false,
    isCustom: false,
    maxLength: 200,
  },
  {
    apiName: 'Phone',
    label: 'Phone',
    dataType: 'phone',
    isMandatory: false,
    isUnique: false,
    isReadOnly: false,
    isCustom: false,
    maxLength: 30,
  },
  {
    apiName: 'Description',
    label: 'Description',
    dataType: 'textarea',
    isMandatory: false,
    isUnique: false,
    isReadOnly: false,
    isCustom: false,
    maxLength: 32000,
  },
] as CrmField[];
const MAPPING: MappingState = {
  columns: {
    0: { kind: 'matched', apiName: 'First_Name' },
    1: { kind: 'matched', apiName: 'Last_Name' },
    2: { kind: 'matched', apiName: 'Email' },
    3: { kind: 'matched', apiName: 'Company' },
    4: { kind: 'matched', apiName: 'Phone' },
    5: { kind: 'ignored' },
    6: { kind: 'matched', apiName: 'Description' },
    7: { kind: 'ignored' },
  },
  fieldDefaults: {},
};

async function generate(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('First Name,Last Name,Email,Company,Phone,City,Notes,Lead Source\n');
  let written = 0;
  for (let i = 0; written < bytes; i += 1) {
    const name = NAMES[i % NAMES.length];
    const notes = i % 7 === 0 ? `"Met at ""Expo"", booth ${i % 90}\nfollow up"` : `note ${i}`;
    const line = `${name},Family${i},${name}.${i}@example.com,"Company ${i % 5000}, Ltd",+44 20 7946 ${String(i % 10000).padStart(4, '0')},Zürich,${notes},Trade Show\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function runWorkerStep(file: string, withPreflight = true): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'fieldmap-bench-store-'));
  const storage = localFileStorage(root);
  const preflight = createServerPreflight({
    fields: FIELDS,
    layouts: [],
    settings: {
      connectionId: 'x',
      module: 'Leads',
      operation: 'insert',
      ignoreEmpty: false,
      timeZone: 'UTC',
    },
    mapping: MAPPING,
  });
  const started = performance.now();
  const summary = await splitForZoho({
    input: toUtf8(createReadStream(file, { highWaterMark: 1 << 20 }), 'utf-8'),
    delimiter: ',',
    quoteChar: '"',
    headerRow: 1,
    hasHeader: true,
    columns: [0, 1, 2, 3, 4, 6].map((index) => ({
      index,
      apiName: FIELDS[index === 6 ? 5 : index]?.apiName ?? '',
    })),
    maxRecords: 25_000,
    maxBytes: 24 * 1024 * 1024,
    shouldSend: withPreflight ? (recordNumber, record) => preflight.add(recordNumber, record, 34) : undefined,
    onChunk: async (chunk) => {
      const zip = await zipChunk(chunk.csv, `Leads-${chunk.index + 1}.csv`);
      await storage.append(`imports/bench/chunk-${chunk.index}.zip`, Readable.from([zip]), zip.length);
    },
  });
  preflight.finish();
  preflight.discard();
  const seconds = (performance.now() - started) / 1000;
  rmSync(root, { recursive: true, force: true });
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ records: summary.records, chunks: summary.chunks, seconds, rssMb }));
}

async function main(): Promise<void> {
  if (process.argv[2] === 'child')
    return runWorkerStep(process.argv[3] ?? '', process.argv[4] !== 'no-preflight');
  const sizes = [
    { label: '100 MB', bytes: 100 * 1024 * 1024 },
    { label: '1 GB', bytes: 1024 * 1024 * 1024 },
  ];
  const results: { label: string; rssMb: number; seconds: number; records: number }[] = [];
  for (const size of sizes) {
    const file = path.join(tmpdir(), `fieldmap-bench-${size.bytes}.csv`);
    if (!existsSync(file) || statSync(file).size < size.bytes) await generate(file, size.bytes);
    const output = execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'bench/import-rss.ts', 'child', file],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
    results.push({ label: size.label, ...result });
    console.log(
      `${size.label}: ${result.records.toLocaleString()} records, ${result.chunks} chunks in ${result.seconds.toFixed(1)} s (${(size.bytes / 1e6 / result.seconds).toFixed(0)} MB/s), peak RSS ${result.rssMb.toFixed(0)} MB`,
    );
  }
  const [small, large] = results;
  if (small && large)
    console.log(
      `peak RSS 1 GB / 100 MB = ${(large.rssMb / small.rssMb).toFixed(2)}x (goal ≤ 1.5x); 1 GB peak ${large.rssMb.toFixed(0)} MB (goal ≤ 250 MB)`,
    );
}

void main();
