import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type PgBoss from 'pg-boss';
import { createAdmin } from '@/lib/auth/create-admin';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { type CallbackQuery, completeConnect } from '@/lib/connections/complete-connect';
import { startConnect } from '@/lib/connections/start-connect';
import { DEFAULT_PARSE_OPTIONS } from '@/lib/csv/csv-parse-options';
import type { Database } from '@/lib/db/client';
import { openDatabase } from '@/lib/db/open-database';
import { uploads } from '@/lib/db/schema';
import { createTestDb, testEngine } from '@/lib/db/test-db';
import { resetEnvForTests } from '@/lib/env';
import { type BossTiming, createBoss } from '@/lib/jobs/create-boss';
import type { JobSettings } from '@/lib/mapping/job-settings';
import type { MappingState } from '@/lib/mapping/mapping-state';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { createImport } from '../create/create-import';
import type { CreateImportBody } from '../create/import-schemas';
import { advanceImport } from '../run/advance-import';
import type { ImportContext } from '../run/import-context';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process';

const APP = 'http://localhost:3999';

/**
 * Test support: a real simulator, a fresh database, a signed-up admin and a connected sandbox.
 * `sandbox: 'own-process'` runs the simulator as `npm start` does (its own process, data on disk, restarted by the
 * supervisor when it dies) instead of inside the test.
 */
export async function startImportHarness(
  options: {
    allowPrivateCallbacks?: boolean;
    engine?: 'pglite';
    bossTiming?: BossTiming;
    sandbox?: 'own-process';
  } = {},
) {
  const sim: RunningSimulator | SandboxProcess =
    options.sandbox === 'own-process'
      ? await startSandboxProcess()
      : await startSimulator({ port: 0, allowPrivateCallbacks: options.allowPrivateCallbacks ?? false });
  process.env.SIM_URL = sim.url;
  process.env.SESSION_SECRET = randomBytes(32).toString('hex');
  process.env.TOKEN_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
  resetEnvForTests();
  resetSecretsForTests();
  // PGlite is one process's database: the harness lets go of it while a runner process (the app) holds it.
  const pgliteDir =
    (options.engine ?? testEngine()) === 'pglite'
      ? mkdtempSync(path.join(tmpdir(), 'fieldmap-test-db-'))
      : undefined;
  const openDb = () => (pgliteDir ? openDatabase({ dataDir: pgliteDir }) : createTestDb());
  let database: Database = await openDb();
  let boss: PgBoss = await createBoss(database, options.bossTiming);
  const admin = await createAdmin({
    db: database.db,
    email: 'ops@example.com',
    name: 'Ops',
    password: 'a-long-password-1',
  });
  const url = await startConnect({ db: database.db, adminId: admin.id, dataCentreId: 'sim', appOrigin: APP });
  const back = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '');
  const query = Object.fromEntries(back.searchParams) as CallbackQuery;
  const connectionId = await completeConnect({ db: database.db, adminId: admin.id, query, appOrigin: APP });
  const storageRoot = mkdtempSync(path.join(tmpdir(), 'fieldmap-import-files-'));
  const storage = localFileStorage(storageRoot);
  const context: ImportContext = {
    db: database.db,
    storage,
    concurrentJobs: 2,
    pollMs: { first: 50, max: 200 },
  };

  const sim$ = async (pathname: string, init?: RequestInit): Promise<Response> => {
    const call = () =>
      fetch(`${sim.url}/__sim/${pathname}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', ...init?.headers },
      });
    // A kept-alive connection to a sandbox process a test killed fails once; the restarted one answers.
    return call().catch(() => call());
  };

  return {
    sim,
    get database() {
      return database;
    },
    get db() {
      return database.db;
    },
    get boss() {
      return boss;
    },
    /** Lets go of an embedded database, so that another process can open it (a no-op on Postgres). */
    async letGo(): Promise<void> {
      if (!pgliteDir) return;
      await boss.stop({ graceful: false, wait: true });
      await database.close();
    },
    /** Opens the embedded database again after `letGo`. */
    async takeBack(): Promise<void> {
      if (!pgliteDir) return;
      database = await openDb();
      boss = await createBoss(database, options.bossTiming);
      context.db = database.db;
    },
    adminId: admin.id,
    connectionId,
    storage,
    storageRoot,
    context,
    simControl: sim$,
    async records(module: string): Promise<Record<string, unknown>[]> {
      const body = (await (await sim$(`records/${module}`)).json()) as
        | { records?: Record<string, unknown>[] }
        | Record<string, unknown>[];
      return Array.isArray(body) ? body : (body.records ?? []);
    },
    async upload(csv: string | Uint8Array, fileName = 'leads.csv'): Promise<string> {
      const key = `uploads/${randomBytes(8).toString('hex')}`;
      const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : Buffer.from(csv);
      await storage.append(key, Readable.from([bytes]), bytes.length);
      const [row] = await database.db
        .insert(uploads)
        .values({
          fileName,
          sizeBytes: bytes.length,
          partSize: 8 * 1024 * 1024,
          receivedBytes: bytes.length,
          status: 'complete',
          storageKey: key,
          expiresAt: new Date(Date.now() + 86_400_000),
        })
        .returning({ id: uploads.id });
      return row?.id ?? '';
    },
    async create(
      uploadId: string,
      mapping: MappingState,
      settings: Partial<JobSettings> = {},
      extra: Partial<CreateImportBody> = {},
    ): Promise<string> {
      const body: CreateImportBody = {
        uploadId,
        settings: {
          connectionId,
          module: 'Leads',
          operation: 'insert',
          ignoreEmpty: false,
          timeZone: 'UTC',
          ...settings,
        },
        mapping,
        parseOptions: DEFAULT_PARSE_OPTIONS,
        exclusion: 'none',
        ...extra,
      };
      const { id } = await createImport({
        db: database.db,
        boss,
        adminId: admin.id,
        body,
        canReceiveCallbacks: () => Boolean(context.callbackBaseUrl?.(true)),
      });
      return id;
    },
    /** Runs the import's passes as the job queue would, until it has nothing more to do. */
    async run(
      importId: string,
      options: { maxPasses?: number; until?: () => Promise<boolean> } = {},
    ): Promise<void> {
      for (let pass = 0; pass < (options.maxPasses ?? 2000); pass += 1) {
        if (options.until && (await options.until())) return;
        const result = await advanceImport(context, importId);
        if (result.runAgainInMs === undefined) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(result.runAgainInMs ?? 0, 100)));
      }
      throw new Error('The import did not finish');
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
      await database.close();
      if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
      await sim.close();
    },
  };
}

export type ImportHarness = Awaited<ReturnType<typeof startImportHarness>>;

/** Leads mapping: Last_Name, Company, Email by column position. */
export const LEADS_MAPPING: MappingState = {
  columns: {
    0: { kind: 'matched', apiName: 'Last_Name' },
    1: { kind: 'matched', apiName: 'Company' },
    2: { kind: 'matched', apiName: 'Email' },
  },
  fieldDefaults: { Owner: '5725767000000225013' },
};

/** A parent file `Ref,Last Name,Company,Email`: the key in column 0, not sent as a field. */
export const LEADS_WITH_REF_MAPPING: MappingState = {
  columns: {
    0: { kind: 'ignored' },
    1: { kind: 'matched', apiName: 'Last_Name' },
    2: { kind: 'matched', apiName: 'Company' },
    3: { kind: 'matched', apiName: 'Email' },
  },
  fieldDefaults: { Owner: '5725767000000225013' },
};

/** A Visits subform file `Lead,Date,Notes` (the lead's key in column 0). */
export const VISITS_MAPPING: MappingState = {
  columns: {
    0: { kind: 'ignored' },
    1: { kind: 'matched', apiName: 'Visit_Date', format: 'yyyy-MM-dd' },
    2: { kind: 'matched', apiName: 'Notes' },
  },
  fieldDefaults: {},
};
