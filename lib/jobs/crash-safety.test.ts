import { type ChildProcess, spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db/client';
import { appMeta } from '@/lib/db/schema';
import { createTestDb, testEngine } from '@/lib/db/test-db';

// kill -9 is a Postgres promise (its durability is the one we stand on); CI runs this with TEST_DATABASE_URL.
describe.runIf(testEngine() === 'postgres')('a worker killed with SIGKILL mid-job', () => {
  let database: Database | undefined;
  let child: ChildProcess | undefined;
  let boss: PgBoss | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await boss?.stop({ graceful: false, wait: true });
    await database?.close();
  });

  it('loses nothing: the job is retried by the next worker and completes', async () => {
    database = await createTestDb();
    const connectionString = database.connectionString ?? '';
    boss = new PgBoss({
      connectionString,
      max: 2,
      maintenanceIntervalSeconds: 1,
      monitorStateIntervalSeconds: 1,
    });
    await boss.start();
    await boss.createQueue('crash-test', {
      name: 'crash-test',
      expireInSeconds: 2,
      retryLimit: 3,
      retryDelay: 0,
    });
    const jobId = await boss.send('crash-test', {});

    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'lib/jobs/crash-worker.fixture.ts', connectionString],
      { stdio: 'inherit' },
    );
    const db = database.db;
    await expect
      .poll(async () => (await db.select().from(appMeta).where(eq(appMeta.key, 'crash-test')))[0]?.value, {
        timeout: 20_000,
      })
      .toBe('started');
    child.kill('SIGKILL');
    expect((await boss.getJobById('crash-test', jobId ?? ''))?.state).toBe('active');

    await boss.work('crash-test', { pollingIntervalSeconds: 0.5 }, async () => {
      await db.update(appMeta).set({ value: 'done' }).where(eq(appMeta.key, 'crash-test'));
    });
    await expect
      .poll(async () => (await boss?.getJobById('crash-test', jobId ?? ''))?.state, {
        timeout: 30_000,
        interval: 500,
      })
      .toBe('completed');
    expect((await db.select().from(appMeta).where(eq(appMeta.key, 'crash-test')))[0]?.value).toBe('done');
  }, 60_000);
});
