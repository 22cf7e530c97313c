import { eq, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportPages, exports } from '@/lib/db/schema';
import { createBoss } from '@/lib/jobs/create-boss';
import { workJob } from '@/lib/jobs/define-job';
import { createExport } from '../create/create-export';
import { baseDefinition, startExportKit } from '../test/export-test-kit';
import { exportStepJob } from './export-job';
import { registerExportJobs } from './register-export-jobs';
import { wakeExport } from './wake-export';

const rowsSchema = z.object({ rows: z.array(z.unknown()) });

describe('the export step job on pg-boss', () => {
  let kit: Awaited<ReturnType<typeof startExportKit>>;
  let boss: PgBoss;
  beforeAll(async () => {
    kit = await startExportKit();
    boss = await createBoss(kit.database);
    await workJob(boss, exportStepJob(kit.db, boss, kit.storage));
  }, 120_000);
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true, timeout: 5_000 });
    await kit.close();
  });

  const statusOf = async (id: string) =>
    (await kit.db.select().from(exports).where(eq(exports.id, id)))[0]?.status;

  it('runs a created export to its file (its first step was queued with it), each step queuing the next', async () => {
    const run = await createExport({
      db: kit.db,
      boss,
      adminId: kit.adminId,
      definition: { ...baseDefinition, fields: ['Email'], connectionId: kit.connectionId },
    });
    await expect.poll(() => statusOf(run.id), { timeout: 60_000, interval: 500 }).toBe('completed');
    const [done] = await kit.db.select().from(exports).where(eq(exports.id, run.id));
    expect(done?.fileKey).toBeTruthy();
  });

  it('after a restart, an export whose first step was never queued is picked up', async () => {
    const run = await createExport({
      db: kit.db,
      boss: null,
      adminId: kit.adminId,
      definition: { ...baseDefinition, fields: ['Email'], connectionId: kit.connectionId },
    });
    await registerExportJobs(boss, kit.db, kit.storage);
    await expect.poll(() => statusOf(run.id), { timeout: 60_000, interval: 500 }).toBe('completed');
  }, 90_000);

  it('a wake-up runs a poll queued for later now (the callback path)', async () => {
    const run = await createExport({
      db: kit.db,
      boss,
      adminId: kit.adminId,
      definition: { ...baseDefinition, fields: ['Email'], connectionId: kit.connectionId },
    });
    await expect
      .poll(
        async () =>
          (await kit.db.select().from(exportPages).where(eq(exportPages.exportId, run.id)))[0]?.status,
        {
          timeout: 30_000,
          interval: 200,
        },
      )
      .toBe('in_zoho');
    // The runner's own poll is a second away; pushed an hour out, it stands in for a slow poll.
    const queued = sql`SELECT id FROM pgboss.job WHERE singleton_key = ${run.id} AND state = 'created'`;
    await expect
      .poll(async () => rowsSchema.parse(await kit.db.execute(queued)).rows.length, { interval: 50 })
      .toBe(1);
    await kit.db.execute(
      sql`UPDATE pgboss.job SET start_after = now() + interval '1 hour' WHERE singleton_key = ${run.id} AND state = 'created'`,
    );
    await wakeExport(run.id, { db: kit.db, boss });
    await expect.poll(() => statusOf(run.id), { timeout: 30_000, interval: 500 }).toBe('completed');
  });
});
