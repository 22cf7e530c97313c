import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { appMeta } from '@/lib/db/schema';
import { createTestDb, testEngine } from '@/lib/db/test-db';
import { createBoss } from './create-boss';
import { sendJob, workJob } from './define-job';
import { heartbeatJob } from './heartbeat-job';

describe(`background jobs on ${testEngine()}`, () => {
  let database: Database;
  let boss: PgBoss;

  beforeAll(async () => {
    database = await createTestDb();
    boss = await createBoss(database);
  });
  afterAll(async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    await database.close();
  });

  it('runs an enqueued job to completion', async () => {
    const job = heartbeatJob(database.db);
    await workJob(boss, job);
    const at = new Date().toISOString();
    const id = await sendJob(boss, job, { at });

    await expect
      .poll(async () => (await boss.getJobById(job.name, id))?.state, { timeout: 20_000 })
      .toBe('completed');
    const [row] = await database.db.select().from(appMeta).where(eq(appMeta.key, 'heartbeat'));
    expect(row?.value).toBe(at);
  });

  it('refuses a payload that does not match the job schema', async () => {
    await expect(sendJob(boss, heartbeatJob(database.db), { at: 'yesterday' })).rejects.toThrow();
  });
});
