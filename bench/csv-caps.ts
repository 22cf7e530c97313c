// The server's CSV caps in linear time: a 100 MB file with a quote that never closes (opened 1%, 50% and 99% of
// the way in) is refused, timed against scanning the same file without that quote (the baseline), in this
// process. Also the cost of the caps on a clean file. Prints ratios; absolute times vary by machine.
// Run: npx tsx bench/csv-caps.ts [megabytes=100]
import {
  BROWSER_LIMITS,
  CsvLimitError,
  CsvRecordScanner,
  type ScanLimits,
} from '../lib/csv/scan-csv-records';

const MEGABYTES = Number(process.argv[2] ?? 100);
const CHUNK = 64 * 1024;

/** Realistic rows (quoted fields, escaped quotes, line breaks in a field) up to `quotedUntil`, then plain rows. */
function generate(bytes: number, quotedUntil: number): Buffer {
  const parts: Buffer[] = [Buffer.from('Id,First Name,Last Name,Email,City,Amount,Notes\n')];
  let size = parts[0]?.length ?? 0;
  for (let i = 1; size < bytes; i += 1) {
    const notes =
      size < quotedUntil ? `"Note ${i}: ""quoted"", with\na line break"` : `Note ${i} without quotes`;
    const line = Buffer.from(
      `${i},Zoë ${i},Müller,person${i}@example.com,São Paulo,${(i % 997) * 1.25},${notes}\n`,
    );
    parts.push(line);
    size += line.length;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

/** The same bytes with a quote opening the last field of the first row starting after `at`. */
function withRunawayQuote(clean: Buffer, at: number): Buffer {
  const lineStart = clean.indexOf(10, at) + 1;
  const fieldStart = clean.lastIndexOf(44, clean.indexOf(10, lineStart)) + 1;
  return Buffer.concat([clean.subarray(0, fieldStart), Buffer.from('"'), clean.subarray(fieldStart)]);
}

function scan(bytes: Buffer, limits?: ScanLimits): string {
  const scanner = new CsvRecordScanner({ delimiter: 44, quote: 34, limits });
  let records = 0;
  const onRecord = () => {
    records += 1;
  };
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) scanner.push(bytes.subarray(at, at + CHUNK), onRecord);
    scanner.end(onRecord);
  } catch (error) {
    if (error instanceof CsvLimitError) return `refused at line ${error.line}`;
    throw error;
  }
  return `${records} records`;
}

/** Median of 5 rounds, every variant run once per round (so a busy machine slows them alike). */
function timedTogether(runs: Record<string, () => string>): Record<string, { ms: number; result: string }> {
  const times: Record<string, number[]> = {};
  const results: Record<string, string> = {};
  for (let round = 0; round < 5; round += 1)
    for (const [name, run] of Object.entries(runs)) {
      const started = performance.now();
      results[name] = run();
      times[name] = [...(times[name] ?? []), performance.now() - started];
    }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [
      name,
      { ms: list.sort((a, b) => a - b)[2] as number, result: results[name] ?? '' },
    ]),
  );
}

const size = MEGABYTES * 1024 * 1024;
// Quoted rows in the first 0.5% only: past them a stray quote has nothing to pair with, as in a real runaway.
const clean = generate(size, size * 0.005);
const shares = [0.01, 0.5, 0.99];
const runaways = shares.map((share) => withRunawayQuote(clean, Math.floor(clean.length * share)));
const measured = timedTogether({
  baseline: () => scan(clean, BROWSER_LIMITS),
  uncapped: () => scan(clean),
  ...Object.fromEntries(runaways.map((bytes, i) => [`runaway${i}`, () => scan(bytes, BROWSER_LIMITS)])),
});
const baseline = measured.baseline as { ms: number; result: string };
console.log(
  `clean ${MEGABYTES} MB file, caps on (baseline): ${baseline.ms.toFixed(0)} ms, ${baseline.result}`,
);
const uncapped = measured.uncapped as { ms: number };
console.log(
  `clean file, caps off: ${uncapped.ms.toFixed(0)} ms (the caps cost ${(baseline.ms / uncapped.ms).toFixed(2)}x)`,
);
shares.forEach((share, i) => {
  const refused = measured[`runaway${i}`] as { ms: number; result: string };
  console.log(
    `runaway quote opened ${share * 100}% in: ${refused.ms.toFixed(0)} ms, ${refused.result}: ${(refused.ms / baseline.ms).toFixed(2)}x the clean file`,
  );
});
