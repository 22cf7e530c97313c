import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { createAdmin } from '@/lib/auth/create-admin';
import { resetSecretsForTests } from '@/lib/auth/get-secrets';
import { connectSelfClient } from '@/lib/connections/connect-self-client';
import { connectionAuth } from '@/lib/connections/connection-auth';
import { getConnection } from '@/lib/connections/get-connection';
import type { Database } from '@/lib/db/client';
import { exportPages, exports } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { resetEnvForTests } from '@/lib/env';
import { localFileStorage } from '@/lib/storage/local-file-storage';
import { createBulkWriteJob } from '@/lib/zoho/create-bulk-write-job';
import { getBulkWriteJob } from '@/lib/zoho/get-bulk-write-job';
import { uploadBulkFile } from '@/lib/zoho/upload-bulk-file';
import type { ZohoFieldMapping } from '@/lib/zoho/wire/to-field-mappings';
import { type RunningSimulator, startSimulator } from '@/sim/server';
import { writeZip } from '@/sim/zip/write-zip';
import { createExport } from '../create/create-export';
import type { ExportDefinition } from '../definitions/export-definition';
import { advanceExport } from '../run/advance-export';

export const OWNER_ID = '5725767000000225013';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A simulator, a test database with an admin and a sandbox connection, and file storage in a temp dir. */
export async function startExportKit() {
  const sim: RunningSimulator = await startSimulator({ port: 0 });
  process.env.SIM_URL = sim.url;
  process.env.SESSION_SECRET = randomBytes(32).toString('hex');
  process.env.TOKEN_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64url')}`;
  resetEnvForTests();
  resetSecretsForTests();
  const database: Database = await createTestDb();
  const db = database.db;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'fieldmap-export-files-'));
  const storage = localFileStorage(filesDir);
  const admin = await createAdmin({
    db,
    email: 'ops@example.com',
    name: 'Ops',
    password: 'a-long-password-1',
  });
  const connectionId = await connectSelfClient({
    db,
    adminId: admin.id,
    input: {
      dataCentre: 'sim',
      clientId: '1000.SIMULATOR',
      clientSecret: 'simulator-secret',
      refreshToken: '1000.simulator.refresh',
    },
  });
  const auth = async () => connectionAuth(db, await getConnection(db, connectionId));

  /** Imports rows through the simulator's own bulk write API and waits for it to finish. */
  async function importRecords(module: string, rows: Record<string, string>[]) {
    const columns = Object.keys(rows[0] ?? {});
    const csv = Papa.unparse({
      fields: columns,
      data: rows.map((row) => columns.map((column) => row[column] ?? '')),
    });
    const zohoAuth = await auth();
    const fileId = await uploadBulkFile(zohoAuth, {
      apiVersion: 'v8',
      zgid: '808232144',
      zip: new Blob([new Uint8Array(await writeZip([{ name: `${module}.csv`, content: csv }]))]),
      fileName: `${module}.zip`,
    });
    const mappings: ZohoFieldMapping[] = columns.map((apiName, index) => ({ api_name: apiName, index }));
    mappings.push({ api_name: 'Owner', default_value: { value: OWNER_ID } });
    const jobId = await createBulkWriteJob(zohoAuth, {
      apiVersion: 'v8',
      request: {
        operation: 'insert',
        resource: [{ type: 'data', module: { api_name: module }, file_id: fileId, field_mappings: mappings }],
      },
    });
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const job = await getBulkWriteJob(zohoAuth, { apiVersion: 'v8', jobId });
      if (job.status === 'COMPLETED') {
        if (job.added !== rows.length) throw new Error(`imported ${job.added} of ${rows.length}`);
        return;
      }
      await sleep(50);
    }
    throw new Error('import timed out');
  }

  /** Runs an export step by step, as the job runner would, with the waits shortened. */
  async function runExport(definition: Omit<ExportDefinition, 'connectionId'>) {
    const run = await createExport({
      db,
      boss: null,
      adminId: admin.id,
      definition: { ...definition, connectionId },
    });
    for (let step = 0; step < 2000; step += 1) {
      const result = await advanceExport({ db, storage, exportId: run.id });
      if (result.next === 'stop') break;
      if (result.next === 'later') await sleep(Math.min(result.seconds * 1000, 60));
    }
    const [done] = await db.select().from(exports).where(eq(exports.id, run.id));
    const pages = await db.select().from(exportPages).where(eq(exportPages.exportId, run.id));
    if (!done) throw new Error('export vanished');
    const text = done.fileKey ? await readText(done.fileKey) : '';
    return { run: done, pages: pages.sort((a, b) => a.page - b.page), text };
  }

  async function readText(key: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of storage.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function simControl(method: string, route: string, body?: unknown) {
    const response = await fetch(`${sim.url}/__sim/${route}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  }

  return {
    sim,
    database,
    db,
    storage,
    connectionId,
    adminId: admin.id,
    importRecords,
    runExport,
    readText,
    simControl,
    async close() {
      await database.close();
      await sim.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The merged CSV's rows (its BOM dropped) as objects. */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

export const baseDefinition: Omit<ExportDefinition, 'connectionId'> = {
  name: 'Test export',
  module: 'Leads',
  fileType: 'csv',
  fields: [],
  filter: 'none',
  criteria: { type: 'group', operator: 'and', children: [] },
  cvid: '',
};
