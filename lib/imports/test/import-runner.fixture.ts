// A stand-in server process for the crash tests: runs one import's passes until it is finished (or killed).
// With CRASH_AT set it kills, with SIGKILL, at that step of the import as a pulled plug would: itself (KILL=runner,
// the default), the sandbox process SANDBOX_PID (KILL=sandbox; this runner carries on), or both (KILL=both).
import { openDatabase } from '@/lib/db/open-database';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { advanceImport } from '../run/advance-import';

const CHUNK_ZIP = /chunk-\d+\.zip$/;
const crashAt = process.env.CRASH_AT;
const kill = process.env.KILL ?? 'runner';
let isSandboxKilled = false;
/** The plug is pulled at `point` if that is where this run crashes. */
const crash = (point: string): void => {
  if (crashAt !== point) return;
  if (kill !== 'runner' && !isSandboxKilled) {
    isSandboxKilled = true;
    process.kill(Number(process.env.SANDBOX_PID), 'SIGKILL');
  }
  if (kill === 'sandbox') return;
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

/** Zoho calls: the plug is pulled before the upload, after Zoho accepted the create, before a poll, before the download. */
function crashingFetch(real: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const path = new URL(url).pathname;
    if (method === 'POST' && /\/crm\/v\d+\/upload$/.test(path)) crash('upload');
    if (method === 'GET' && /\/crm\/bulk\/v\d+\/write\/\d+$/.test(path)) crash('in_zoho');
    if (method === 'GET' && /\.zip$/.test(path)) crash('download');
    const response = await real(input, init);
    if (method === 'POST' && /\/crm\/bulk\/v\d+\/write$/.test(path)) crash('create');
    return response;
  };
}

async function main(): Promise<void> {
  const [connectionString, storageRoot = '', importId = '', databaseDir = storageRoot] =
    process.argv.slice(2);
  const database = await openDatabase({ url: connectionString, dataDir: databaseDir });
  globalThis.fetch = crashingFetch(globalThis.fetch);
  const files = localFileStorage(storageRoot);
  const stored = new Set<string>();
  const storage = {
    ...files,
    // The split stored its first chunk; the books of a chunk were written (its zip goes right after).
    append: async (...args: Parameters<typeof files.append>) => {
      const written = await files.append(...args);
      if (CHUNK_ZIP.test(args[0])) crash('split');
      stored.add(args[0]);
      return written;
    },
    remove: async (key: string) => {
      if (stored.has(key)) crash('books');
      return files.remove(key);
    },
  };
  const context = {
    db: database.db,
    storage,
    concurrentJobs: 1,
    pollMs: { first: 100, max: 300 },
    leaseMs: 2_000,
  };
  for (;;) {
    const result = await advanceImport(context, importId);
    if (result.runAgainInMs === undefined) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(result.runAgainInMs ?? 0, 200)));
  }
  await database.close();
}

void main();
