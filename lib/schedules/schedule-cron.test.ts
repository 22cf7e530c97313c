import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mappingTemplates } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { type ImportHarness, startImportHarness } from '@/lib/imports/test/import-test-harness';
import { createSchedule } from './create-schedule';
import { listScheduleRuns } from './list-schedules';
import type { RunScheduleContext } from './run-schedule';

const CSV =
  'Last Name,Company,Email\nHopper,Navy Labs,cron-1@example.com\nLovelace,Engines,cron-2@example.com\n';

/**
 * No hand on the trigger: pg-boss's own scheduler fires the schedule from its cron (checked every second here
 * instead of every 30 s), its worker imports the file in the folder, and the next minute's firing skips it.
 */
describe('a schedule on its cron', () => {
  let h: ImportHarness;
  let context: RunScheduleContext;
  let inbox = '';
  let templateId = '';

  beforeAll(async () => {
    h = await startImportHarness({
      bossTiming: { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 },
    });
    const root = mkdtempSync(path.join(tmpdir(), 'fieldmap-schedule-cron-'));
    process.env.SCHEDULE_FOLDERS_ROOT = root;
    resetEnvForTests();
    inbox = path.join(root, 'erp');
    mkdirSync(inbox);
    context = { db: h.db, boss: h.boss, storage: h.storage, canReceiveCallbacks: () => false };
    const [template] = await h.db
      .insert(mappingTemplates)
      .values({
        familyId: crypto.randomUUID(),
        name: 'ERP leads',
        module: 'Leads',
        operation: 'insert',
        createdBy: h.adminId,
        body: {
          headers: ['Last Name', 'Company', 'Email'],
          byHeader: {
            'Last Name': { kind: 'matched', apiName: 'Last_Name' },
            Company: { kind: 'matched', apiName: 'Company' },
            Email: { kind: 'matched', apiName: 'Email' },
          },
          fieldDefaults: { Owner: '5725767000000225013' },
          ignoreEmpty: true,
        },
      })
      .returning();
    templateId = template?.id ?? '';
  }, 240_000);
  afterAll(async () => {
    delete process.env.SCHEDULE_FOLDERS_ROOT;
    resetEnvForTests();
    await h?.close();
  });

  async function runsUntil(scheduleId: string, outcome: string) {
    for (let wait = 0; wait < 180; wait += 1) {
      const runs = await listScheduleRuns(h.db, scheduleId);
      const found = runs.find((run) => run.outcome === outcome);
      if (found) return { found, runs };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(
      `no ${outcome} run within 90 s: ${JSON.stringify(await listScheduleRuns(h.db, scheduleId))}`,
    );
  }

  it('fires, imports the file from its folder, then skips the same file', { timeout: 240_000 }, async () => {
    writeFileSync(path.join(inbox, 'leads.csv'), CSV);
    const { id } = await createSchedule(context, h.adminId, {
      name: 'Every minute',
      templateId,
      folder: 'erp',
      cron: '* * * * *',
      timeZone: 'UTC',
    });

    const { found: imported } = await runsUntil(id, 'imported');
    expect(imported).toMatchObject({ fileName: 'leads.csv', importId: expect.any(String) });
    await h.run(imported.importId ?? '');
    const emails = (await h.records('Leads')).map((record) => record.Email);
    expect(emails).toEqual(expect.arrayContaining(['cron-1@example.com', 'cron-2@example.com']));

    const { found: skipped, runs } = await runsUntil(id, 'skipped');
    expect(skipped).toMatchObject({
      fileName: 'leads.csv',
      importId: imported.importId,
      message: expect.stringMatching(/^Skipped: the same file \(SHA-256 [0-9a-f]{12}…\) was imported/),
    });
    expect(runs.filter((run) => run.outcome === 'imported')).toHaveLength(1);
    expect((await h.records('Leads')).filter((record) => record.Email === 'cron-1@example.com')).toHaveLength(
      1,
    );
  });
});
