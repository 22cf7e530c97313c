// Share page load: a few hundred viewers watching one live share link on a running app.
//   Seed a running import and a link (the app and this use the same DATABASE_URL):
//     DATABASE_URL=postgres://… node --conditions=react-server --import tsx bench/share-load.ts seed
//   Load (run the app with SHARE_RATE_LIMIT_PER_MINUTE lifted: every viewer here has one address):
//     npx tsx bench/share-load.ts <share URL> [viewers=300] [seconds=30] [pollMs=5000, as the page]
// Each viewer opens the page once, then polls its data route; prints latency percentiles and errors.
const [command = '', ...rest] = process.argv.slice(2);

async function seed(): Promise<void> {
  const { getDb, closeDb } = await import('@/lib/db/client');
  const { seedSentinelImport } = await import('@/lib/share-links/sentinel-import-fixture');
  const { createShareLink } = await import('@/lib/share-links/create-share-link');
  const db = await getDb();
  const { importId, adminId } = await seedSentinelImport(db);
  const { token } = await createShareLink({
    db,
    jobKind: 'import',
    jobId: importId,
    displayName: 'Spring trade-show contacts',
    expiry: '7d',
    admin: { adminId, name: 'bench' },
  });
  console.log(JSON.stringify({ importId, path: `/s/${token}` }));
  await closeDb();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(pageUrl: string, viewers: number, seconds: number, pollMs: number): Promise<void> {
  const dataUrl = pageUrl.replace('/s/', '/api/s/');
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const deadline = Date.now() + seconds * 1000;
  const timed = async (url: string) => {
    const started = performance.now();
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok)
        errors.set(`HTTP ${response.status}`, (errors.get(`HTTP ${response.status}`) ?? 0) + 1);
    } catch (error) {
      const key = error instanceof Error ? error.message : String(error);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    latencies.push(performance.now() - started);
  };
  const viewer = async (index: number) => {
    await new Promise((resolve) => setTimeout(resolve, (index * 997) % Math.max(pollMs, 1)));
    await timed(pageUrl);
    while (Date.now() < deadline) {
      await timed(dataUrl);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: viewers }, (_, index) => viewer(index)));
  const elapsed = (Date.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  console.log(`${viewers} viewers, ${sorted.length} requests in ${elapsed.toFixed(1)} s`);
  console.log(`throughput ${(sorted.length / elapsed).toFixed(0)} req/s`);
  console.log(
    `latency ms p50 ${percentile(sorted, 50).toFixed(0)} p95 ${percentile(sorted, 95).toFixed(0)} p99 ${percentile(sorted, 99).toFixed(0)} max ${(sorted.at(-1) ?? 0).toFixed(0)}`,
  );
  console.log(
    `errors ${errorCount} (${((errorCount / Math.max(1, sorted.length)) * 100).toFixed(2)}%)`,
    Object.fromEntries(errors),
  );
}

async function main(): Promise<void> {
  if (command === 'seed') return seed();
  if (!command.startsWith('http')) {
    console.error('Usage: bench/share-load.ts seed | <share URL> [viewers] [seconds] [pollMs]');
    process.exit(1);
  }
  const [viewers = '300', seconds = '30', pollMs = '5000'] = rest;
  await load(command, Number(viewers), Number(seconds), Number(pollMs));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
