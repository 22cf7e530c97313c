import 'server-only';
import type { Db } from '@/lib/db/client';
import { admins, connections, importChunks, importRows, imports } from '@/lib/db/schema';

/** Personal and private values planted in a job's data; a share page must show none of them. */
export const SENTINELS = {
  adminName: 'Sentinel Adminperson',
  adminEmail: 'sentinel.admin@private.example',
  importName: 'Acme Payroll jane.sentinel@private.example',
  fileName: 'sentinel-customers-PRIVATEFILE.csv',
  orgName: 'Sentinel Org PRIVATEORG',
  connectionEmail: 'sentinel.zoho@private.example',
  recordId: '5725767000099999001',
  rowEmail: 'jane.sentinel@private.example',
  rowMessage: 'Duplicate value jane.sentinel@private.example for Email',
  statusMessage: 'Waiting for PRIVATEORG callback https://private.example/callback',
  callbackHash: 'sentinelcallbackhash0000000000000000000000',
} as const;

/**
 * Seeds an import halfway through (tests, screenshots, the load bench): 3 batches of 4 rows, one done with
 * added, updated and failed rows, one at Zoho, one waiting; every private field holds a sentinel.
 */
export async function seedSentinelImport(
  db: Db,
  now = new Date(),
): Promise<{ importId: string; adminId: string }> {
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const [admin] = await db
    .insert(admins)
    .values({ name: SENTINELS.adminName, email: SENTINELS.adminEmail, passwordHash: 'x' })
    .returning();
  const [connection] = await db
    .insert(connections)
    .values({
      name: SENTINELS.orgName,
      dataCentre: 'us',
      apiDomain: 'https://private.example',
      apiVersion: 'v8',
      orgId: '99999001',
      zgid: '99999002',
      orgName: SENTINELS.orgName,
      userEmail: SENTINELS.connectionEmail,
      clientId: '1000.SENTINEL',
      refreshTokenEncrypted: 'sentinel-refresh',
    })
    .returning();
  const [job] = await db
    .insert(imports)
    .values({
      name: SENTINELS.importName,
      adminId: admin?.id,
      connectionId: connection?.id,
      module: 'Contacts',
      operation: 'upsert',
      apiVersion: 'v8',
      settings: { duplicateCheckField: 'Email', owner: SENTINELS.adminEmail },
      mapping: { columns: [{ header: 'Email', sample: SENTINELS.rowEmail }] },
      parseOptions: { encoding: 'utf-8' },
      fileName: SENTINELS.fileName,
      status: 'running',
      statusMessage: SENTINELS.statusMessage,
      rowsInFile: 12,
      chunkCount: 3,
      callbackSecretHash: SENTINELS.callbackHash,
      startedAt: minutesAgo(6),
      updatedAt: minutesAgo(1),
    })
    .returning();
  if (!job || !admin) throw new Error('seeding failed');
  const chunk = (index: number) => ({
    importId: job.id,
    index,
    rowCount: 4,
    firstRecord: 2 + index * 4,
    lastRecord: 5 + index * 4,
    recordNumbers: [2, 3, 4, 5].map((n) => n + index * 4),
    zipKey: `private/${SENTINELS.fileName}.${index}.zip`,
    zipBytes: 100,
  });
  await db.insert(importChunks).values([
    {
      ...chunk(0),
      status: 'completed',
      zohoJobId: SENTINELS.recordId,
      counts: { added: 2, updated: 1, skipped: 0, failed: 1, unprocessed: 0, excluded: 0 },
      startedAt: minutesAgo(6),
      finishedAt: minutesAgo(3),
    },
    { ...chunk(1), status: 'in_zoho', zohoJobId: '5725767000099999002', startedAt: minutesAgo(3) },
    { ...chunk(2), status: 'pending' },
  ]);
  await db.insert(importRows).values([
    { importId: job.id, recordNumber: 2, chunkIndex: 0, outcome: 'added', recordId: SENTINELS.recordId },
    { importId: job.id, recordNumber: 3, chunkIndex: 0, outcome: 'added', recordId: '5725767000099999003' },
    { importId: job.id, recordNumber: 4, chunkIndex: 0, outcome: 'updated', recordId: '5725767000099999004' },
    {
      importId: job.id,
      recordNumber: 5,
      chunkIndex: 0,
      outcome: 'failed',
      errorCode: 'DUPLICATE_DATA',
      errorColumn: 'Email',
      message: SENTINELS.rowMessage,
    },
  ]);
  return { importId: job.id, adminId: admin.id };
}
