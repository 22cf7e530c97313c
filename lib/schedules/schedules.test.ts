import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mappingTemplates } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { startImportHarness } from '@/lib/imports/test/import-test-harness';
import { createSchedule } from './create-schedule';
import { listScheduleRuns } from './list-schedules';
import type { RunScheduleContext } from './run-schedule';
import { runSchedule } from './run-schedule';
import { fireScheduleNow, scheduleQueueName } from './schedule-job';

const CSV =
  'Last Name,Company,Email\nHopper,Navy Labs,sched-1@example.com\nLovelace,Engines,sched-2@example.com\n';

describe('schedules', () => {
  let h: Awaited<ReturnType<typeof startImportHarness>>;
  let context: RunScheduleContext;
  let inbox = '';
  let scheduleId = '';

  beforeAll(async () => {
    h = await startImportHarness({ allowPrivateCallbacks: false });
    const root = mkdtempSync(path.join(tmpdir(), 'fieldmap-schedules-'));
    process.env.SCHEDULE_FOLDERS_ROOT = root;
    resetEnvForTests();
    inbox = path.join(root, 'erp');
    mkdirSync(inbox);
    context = { db: h.db, boss: h.boss, storage: h.storage, canReceiveCallbacks: () => false };
    const familyId = crypto.randomUUID();
    await h.db.insert(mappingTemplates).values({
      familyId,
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
    });
    const [template] = await h.db.select().from(mappingTemplates);
    ({ id: scheduleId } = await createSchedule(context, h.adminId, {
      name: 'Nightly ERP',
      templateId: template?.id ?? '',
      folder: 'erp',
      cron: '0 2 * * *',
      timeZone: 'Europe/Berlin',
    }));
  }, 240_000);
  afterAll(async () => h?.close());

  it("hands the cron to pg-boss's scheduler in the schedule's time zone", async () => {
    const scheduled = await h.boss.getSchedules();
    expect(scheduled).toContainEqual(
      expect.objectContaining({
        name: scheduleQueueName(scheduleId),
        cron: '0 2 * * *',
        timezone: 'Europe/Berlin',
      }),
    );
  });

  it('refuses a folder outside the schedules root and a cron that is not one', async () => {
    const base = { name: 'x', templateId: crypto.randomUUID(), timeZone: 'UTC' };
    await expect(
      createSchedule(context, h.adminId, { ...base, folder: '../../etc', cron: '0 2 * * *' }),
    ).rejects.toThrow(/inside/);
    await expect(
      createSchedule(context, h.adminId, { ...base, folder: 'erp', cron: '0 25 * * *' }),
    ).rejects.toThrow(/not a schedule/);
  });

  it('a firing imports a new file; the next skips the same file, even renamed; drifted headers are held', {
    timeout: 240_000,
  }, async () => {
    expect(await runSchedule(context, scheduleId)).toEqual([
      expect.objectContaining({ outcome: 'empty', message: expect.stringContaining('No CSV files') }),
    ]);

    writeFileSync(path.join(inbox, '2026-12-01.csv'), CSV);
    const [first] = await runSchedule(context, scheduleId);
    expect(first).toMatchObject({ fileName: '2026-12-01.csv', outcome: 'imported' });
    await h.run(first?.importId ?? '');
    const emails = (await h.records('Leads')).map((record) => record.Email);
    expect(emails).toEqual(expect.arrayContaining(['sched-1@example.com', 'sched-2@example.com']));

    // The same bytes under another name, through the schedule's own queue and worker.
    writeFileSync(path.join(inbox, '2026-12-02.csv'), CSV);
    writeFileSync(
      path.join(inbox, '2026-12-03.csv'),
      'Surname,Company,Email\nCurie,Radium,sched-3@example.com\n',
    );
    const before = (await listScheduleRuns(h.db, scheduleId)).length;
    await fireScheduleNow(h.boss, scheduleId);
    let runs = await listScheduleRuns(h.db, scheduleId);
    for (
      let wait = 0;
      (runs.length < before + 3 || runs.some((run) => run.outcome === 'importing')) && wait < 60;
      wait += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      runs = await listScheduleRuns(h.db, scheduleId);
    }
    const byFile = Object.fromEntries(runs.slice(0, 3).map((run) => [run.fileName, run]));
    expect(byFile['2026-12-01.csv']).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/same file/),
    });
    expect(byFile['2026-12-02.csv']).toMatchObject({ outcome: 'skipped', importId: first?.importId });
    expect(byFile['2026-12-03.csv']).toMatchObject({
      outcome: 'held',
      message: expect.stringContaining('does not match the template "ERP leads": missing column Last Name'),
      importId: null,
    });
    expect(
      (await h.records('Leads')).filter((record) => record.Email === 'sched-1@example.com'),
    ).toHaveLength(1);
  });
});
