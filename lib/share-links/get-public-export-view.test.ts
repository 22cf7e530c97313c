import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS, useTestEnv } from '@/lib/auth/use-test-env';
import type { Database } from '@/lib/db/client';
import { exportPages, exports } from '@/lib/db/schema';
import { createTestDb } from '@/lib/db/test-db';
import { createShareLink } from './create-share-link';
import { getPublicJobView } from './get-public-job-view';
import { SENTINELS, seedSentinelImport } from './sentinel-import-fixture';

describe('share links to exports', () => {
  let database: Database;
  beforeAll(async () => {
    useTestEnv(TEST_SECRETS);
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it('show progress by page and record count, never the criteria, file or Zoho ids', async () => {
    const { db } = database;
    const { adminId } = await seedSentinelImport(db);
    const [row] = await db
      .insert(exports)
      .values({
        name: SENTINELS.importName,
        module: 'Contacts',
        fileType: 'csv',
        apiVersion: 'v8',
        definition: { criteria: { field: 'Email', value: SENTINELS.rowEmail } },
        status: 'running',
        recordCount: 250_000,
        fileKey: `private/${SENTINELS.fileName}`,
        callbackSecretHash: SENTINELS.callbackHash,
      })
      .returning();
    if (!row) throw new Error('no export');
    await db.insert(exportPages).values([
      { exportId: row.id, page: 1, status: 'completed', recordCount: 200_000, zohoJobId: SENTINELS.recordId },
      { exportId: row.id, page: 2, status: 'in_zoho', pageToken: SENTINELS.recordId },
    ]);
    const { token } = await createShareLink({
      db,
      jobKind: 'export',
      jobId: row.id,
      displayName: 'Contacts for the auditors',
      expiry: 'never',
      admin: { adminId, name: SENTINELS.adminName },
    });
    const view = await getPublicJobView({ db, token });
    expect(view).toMatchObject({
      kind: 'export',
      displayName: 'Contacts for the auditors',
      module: 'Contacts',
      status: 'running',
      recordCount: 250_000,
    });
    expect(view.kind === 'export' && view.pages.map((page) => page.status)).toEqual(['completed', 'in_zoho']);
    const text = JSON.stringify(view);
    for (const sentinel of [...Object.values(SENTINELS), row.id, 'PRIVATE'])
      expect(text).not.toContain(sentinel);
  });
});
